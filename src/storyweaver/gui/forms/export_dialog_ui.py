# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.exportLayout = QHBoxLayout(ExportDialog)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportLeft = QVBoxLayout()
        self.exportLeft.setObjectName(u"exportLeft")
        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.themeComboLabel = QLabel(ExportDialog)
        self.themeComboLabel.setObjectName(u"themeComboLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.themeComboLabel)

        self.themeCombo = QComboBox(ExportDialog)
        self.themeCombo.setObjectName(u"themeCombo")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.languageComboLabel = QLabel(ExportDialog)
        self.languageComboLabel.setObjectName(u"languageComboLabel")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageComboLabel)

        self.languageCombo = QComboBox(ExportDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.paperComboLabel = QLabel(ExportDialog)
        self.paperComboLabel.setObjectName(u"paperComboLabel")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paperComboLabel)

        self.paperCombo = QComboBox(ExportDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.folderEditLabel = QLabel(ExportDialog)
        self.folderEditLabel.setObjectName(u"folderEditLabel")

        self.exportForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.folderEditLabel)

        self.folderRow = QWidget(ExportDialog)
        self.folderRow.setObjectName(u"folderRow")
        self.folderLayout = QHBoxLayout(self.folderRow)
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderLayout.setContentsMargins(0, 0, 0, 0)
        self.folderEdit = QLineEdit(self.folderRow)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(self.folderRow)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.exportForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.folderRow)


        self.exportLeft.addLayout(self.exportForm)

        self.includeBox = QGroupBox(ExportDialog)
        self.includeBox.setObjectName(u"includeBox")
        self.includeLayout = QVBoxLayout(self.includeBox)
        self.includeLayout.setObjectName(u"includeLayout")
        self.htmlCheck = QCheckBox(self.includeBox)
        self.htmlCheck.setObjectName(u"htmlCheck")
        self.htmlCheck.setChecked(True)

        self.includeLayout.addWidget(self.htmlCheck)

        self.pdfCheck = QCheckBox(self.includeBox)
        self.pdfCheck.setObjectName(u"pdfCheck")
        self.pdfCheck.setChecked(True)

        self.includeLayout.addWidget(self.pdfCheck)

        self.jsonCheck = QCheckBox(self.includeBox)
        self.jsonCheck.setObjectName(u"jsonCheck")

        self.includeLayout.addWidget(self.jsonCheck)

        self.timelineCheck = QCheckBox(self.includeBox)
        self.timelineCheck.setObjectName(u"timelineCheck")

        self.includeLayout.addWidget(self.timelineCheck)

        self.fragmentCheck = QCheckBox(self.includeBox)
        self.fragmentCheck.setObjectName(u"fragmentCheck")

        self.includeLayout.addWidget(self.fragmentCheck)

        self.waczCheck = QCheckBox(self.includeBox)
        self.waczCheck.setObjectName(u"waczCheck")

        self.includeLayout.addWidget(self.waczCheck)

        self.bundleCheck = QCheckBox(self.includeBox)
        self.bundleCheck.setObjectName(u"bundleCheck")

        self.includeLayout.addWidget(self.bundleCheck)

        self.exifCheck = QCheckBox(self.includeBox)
        self.exifCheck.setObjectName(u"exifCheck")

        self.includeLayout.addWidget(self.exifCheck)

        self.fullTextCheck = QCheckBox(self.includeBox)
        self.fullTextCheck.setObjectName(u"fullTextCheck")

        self.includeLayout.addWidget(self.fullTextCheck)

        self.fullTextList = QListWidget(self.includeBox)
        self.fullTextList.setObjectName(u"fullTextList")
        self.fullTextList.setEnabled(False)
        self.fullTextList.setMaximumSize(QSize(16777215, 140))

        self.includeLayout.addWidget(self.fullTextList)


        self.exportLeft.addWidget(self.includeBox)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.exportLeft.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.PlainText)
        self.statusLabel.setWordWrap(True)

        self.exportLeft.addWidget(self.statusLabel)

        self.resultRow = QHBoxLayout()
        self.resultRow.setObjectName(u"resultRow")
        self.openHtmlButton = QPushButton(ExportDialog)
        self.openHtmlButton.setObjectName(u"openHtmlButton")

        self.resultRow.addWidget(self.openHtmlButton)

        self.openPdfButton = QPushButton(ExportDialog)
        self.openPdfButton.setObjectName(u"openPdfButton")

        self.resultRow.addWidget(self.openPdfButton)


        self.exportLeft.addLayout(self.resultRow)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.exportLeft.addItem(self.exportSpacer)

        self.exportButtons = QHBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.exportButtons.addWidget(self.exportButton)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.exportButtons.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.exportButtons.addWidget(self.closeButton)


        self.exportLeft.addLayout(self.exportButtons)


        self.exportLayout.addLayout(self.exportLeft)

        self.previewLabel = QLabel(ExportDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setTextFormat(Qt.PlainText)
        self.previewLabel.setAlignment(Qt.AlignCenter)
        self.previewLabel.setMinimumSize(QSize(300, 420))

        self.exportLayout.addWidget(self.previewLabel)

#if QT_CONFIG(shortcut)
        self.themeComboLabel.setBuddy(self.themeCombo)
        self.languageComboLabel.setBuddy(self.languageCombo)
        self.paperComboLabel.setBuddy(self.paperCombo)
        self.folderEditLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export the Story", None))
        self.themeComboLabel.setText(QCoreApplication.translate("ExportDialog", u"&Theme", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Theme of the recap", None))
#endif // QT_CONFIG(accessibility)
        self.languageComboLabel.setText(QCoreApplication.translate("ExportDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Language of the recap", None))
#endif // QT_CONFIG(accessibility)
        self.paperComboLabel.setText(QCoreApplication.translate("ExportDialog", u"&Paper", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Paper size of the PDF", None))
#endif // QT_CONFIG(accessibility)
        self.folderEditLabel.setText(QCoreApplication.translate("ExportDialog", u"&Folder", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Folder to write to", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Choose\u2026", None))
        self.includeBox.setTitle(QCoreApplication.translate("ExportDialog", u"Write", None))
        self.htmlCheck.setText(QCoreApplication.translate("ExportDialog", u"&HTML recap (public)", None))
        self.pdfCheck.setText(QCoreApplication.translate("ExportDialog", u"P&DF briefing", None))
        self.jsonCheck.setText(QCoreApplication.translate("ExportDialog", u"&JSON (all data)", None))
        self.timelineCheck.setText(QCoreApplication.translate("ExportDialog", u"Time&lineJS file", None))
        self.fragmentCheck.setText(QCoreApplication.translate("ExportDialog", u"HTML as a fragment for a website (&scoped styles)", None))
        self.waczCheck.setText(QCoreApplication.translate("ExportDialog", u"&Web archive (WACZ) of the public story", None))
        self.bundleCheck.setText(QCoreApplication.translate("ExportDialog", u"&Bundle for a colleague (everything, not for publication)", None))
        self.exifCheck.setText(QCoreApplication.translate("ExportDialog", u"&Keep GPS and camera data in images", None))
        self.fullTextCheck.setText(QCoreApplication.translate("ExportDialog", u"Add the &full text of linked pages to the briefing", None))
#if QT_CONFIG(tooltip)
        self.fullTextCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"An appendix of the PDF with the readable copy of each linked page in the story; the public recap shows a page's text only where its card asks for it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fullTextList.setToolTip(QCoreApplication.translate("ExportDialog", u"Untick a page to leave its text out of the briefing's appendix", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fullTextList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Linked pages whose full text goes in the briefing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
        self.openHtmlButton.setText(QCoreApplication.translate("ExportDialog", u"Open the &recap in the browser", None))
        self.openPdfButton.setText(QCoreApplication.translate("ExportDialog", u"Open the P&DF", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"E&xport", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Ca&ncel", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"Cl&ose", None))
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Preview of the PDF's first page", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

