# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        self.prefsLayout = QVBoxLayout(PreferencesDialog)
        self.prefsLayout.setObjectName(u"prefsLayout")
        self.prefsForm = QFormLayout()
        self.prefsForm.setObjectName(u"prefsForm")
        self.themeComboLabel = QLabel(PreferencesDialog)
        self.themeComboLabel.setObjectName(u"themeComboLabel")

        self.prefsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.themeComboLabel)

        self.themeCombo = QComboBox(PreferencesDialog)
        self.themeCombo.setObjectName(u"themeCombo")

        self.prefsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.languageComboLabel = QLabel(PreferencesDialog)
        self.languageComboLabel.setObjectName(u"languageComboLabel")

        self.prefsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageComboLabel)

        self.languageCombo = QComboBox(PreferencesDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.prefsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.mastodonEditLabel = QLabel(PreferencesDialog)
        self.mastodonEditLabel.setObjectName(u"mastodonEditLabel")

        self.prefsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mastodonEditLabel)

        self.mastodonEdit = QLineEdit(PreferencesDialog)
        self.mastodonEdit.setObjectName(u"mastodonEdit")

        self.prefsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mastodonEdit)

        self.blueskyApiEditLabel = QLabel(PreferencesDialog)
        self.blueskyApiEditLabel.setObjectName(u"blueskyApiEditLabel")

        self.prefsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.blueskyApiEditLabel)

        self.blueskyApiEdit = QLineEdit(PreferencesDialog)
        self.blueskyApiEdit.setObjectName(u"blueskyApiEdit")

        self.prefsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.blueskyApiEdit)

        self.blueskyPdsEditLabel = QLabel(PreferencesDialog)
        self.blueskyPdsEditLabel.setObjectName(u"blueskyPdsEditLabel")

        self.prefsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.blueskyPdsEditLabel)

        self.blueskyPdsEdit = QLineEdit(PreferencesDialog)
        self.blueskyPdsEdit.setObjectName(u"blueskyPdsEdit")

        self.prefsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.blueskyPdsEdit)

        self.blueskyHandleEditLabel = QLabel(PreferencesDialog)
        self.blueskyHandleEditLabel.setObjectName(u"blueskyHandleEditLabel")

        self.prefsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.blueskyHandleEditLabel)

        self.blueskyHandleEdit = QLineEdit(PreferencesDialog)
        self.blueskyHandleEdit.setObjectName(u"blueskyHandleEdit")

        self.prefsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.blueskyHandleEdit)

        self.blueskyPasswordEditLabel = QLabel(PreferencesDialog)
        self.blueskyPasswordEditLabel.setObjectName(u"blueskyPasswordEditLabel")

        self.prefsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.blueskyPasswordEditLabel)

        self.blueskyPasswordEdit = QLineEdit(PreferencesDialog)
        self.blueskyPasswordEdit.setObjectName(u"blueskyPasswordEdit")
        self.blueskyPasswordEdit.setEchoMode(QLineEdit.Password)

        self.prefsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.blueskyPasswordEdit)

        self.xOembedEditLabel = QLabel(PreferencesDialog)
        self.xOembedEditLabel.setObjectName(u"xOembedEditLabel")

        self.prefsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.xOembedEditLabel)

        self.xOembedEdit = QLineEdit(PreferencesDialog)
        self.xOembedEdit.setObjectName(u"xOembedEdit")

        self.prefsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.xOembedEdit)

        self.proxyEditLabel = QLabel(PreferencesDialog)
        self.proxyEditLabel.setObjectName(u"proxyEditLabel")

        self.prefsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.proxyEditLabel)

        self.proxyEdit = QLineEdit(PreferencesDialog)
        self.proxyEdit.setObjectName(u"proxyEdit")

        self.prefsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.proxyEdit)

        self.allowLocalCheck = QCheckBox(PreferencesDialog)
        self.allowLocalCheck.setObjectName(u"allowLocalCheck")

        self.prefsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.allowLocalCheck)

        self.workersSpinLabel = QLabel(PreferencesDialog)
        self.workersSpinLabel.setObjectName(u"workersSpinLabel")

        self.prefsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.workersSpinLabel)

        self.workersSpin = QSpinBox(PreferencesDialog)
        self.workersSpin.setObjectName(u"workersSpin")
        self.workersSpin.setMinimum(1)
        self.workersSpin.setMaximum(32)

        self.prefsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.workersSpin)


        self.prefsLayout.addLayout(self.prefsForm)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.prefsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.themeComboLabel.setBuddy(self.themeCombo)
        self.languageComboLabel.setBuddy(self.languageCombo)
        self.mastodonEditLabel.setBuddy(self.mastodonEdit)
        self.blueskyApiEditLabel.setBuddy(self.blueskyApiEdit)
        self.blueskyPdsEditLabel.setBuddy(self.blueskyPdsEdit)
        self.blueskyHandleEditLabel.setBuddy(self.blueskyHandleEdit)
        self.blueskyPasswordEditLabel.setBuddy(self.blueskyPasswordEdit)
        self.xOembedEditLabel.setBuddy(self.xOembedEdit)
        self.proxyEditLabel.setBuddy(self.proxyEdit)
        self.workersSpinLabel.setBuddy(self.workersSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.themeComboLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Theme", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Theme", None))
#endif // QT_CONFIG(accessibility)
        self.languageComboLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.mastodonEditLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Mastodon server", None))
        self.mastodonEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"https://mastodon.social", None))
        self.blueskyApiEditLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Bluesky API", None))
        self.blueskyApiEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"https://public.api.bsky.app", None))
        self.blueskyPdsEditLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Bluesky &PDS", None))
        self.blueskyPdsEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"https://bsky.social", None))
        self.blueskyHandleEditLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Bluesky &handle", None))
        self.blueskyHandleEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"name.bsky.social", None))
        self.blueskyPasswordEditLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Bluesky app pass&word", None))
#if QT_CONFIG(tooltip)
        self.blueskyPasswordEdit.setToolTip(QCoreApplication.translate("PreferencesDialog", u"An app password made in Bluesky's settings, not your account password. Kept in the system keyring.", None))
#endif // QT_CONFIG(tooltip)
        self.xOembedEditLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&X oEmbed", None))
        self.xOembedEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"https://publish.twitter.com/oembed", None))
        self.proxyEditLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Pro&xy", None))
        self.proxyEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"http://proxy.example:8080", None))
        self.allowLocalCheck.setText(QCoreApplication.translate("PreferencesDialog", u"Allow &local and private network addresses", None))
#if QT_CONFIG(tooltip)
        self.allowLocalCheck.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Off by default: a public page cannot make StoryWeaver fetch from your own computer or network.", None))
#endif // QT_CONFIG(tooltip)
        self.workersSpinLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Parallel &downloads", None))
    # retranslateUi

