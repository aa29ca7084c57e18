# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspector.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from storyweaver.gui.reader_view import ReaderView
from storyweaver.gui.steady_fields import (ElidedField, OneLineLabel, StableLabel)

class Ui_Inspector(object):
    def setupUi(self, Inspector):
        if not Inspector.objectName():
            Inspector.setObjectName(u"Inspector")
        self.inspectorLayout = QVBoxLayout(Inspector)
        self.inspectorLayout.setObjectName(u"inspectorLayout")
        self.headingLabel = OneLineLabel(Inspector)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.PlainText)

        self.inspectorLayout.addWidget(self.headingLabel)

        self.emptyLabel = QLabel(Inspector)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.inspectorLayout.addWidget(self.emptyLabel)

        self.fields = QWidget(Inspector)
        self.fields.setObjectName(u"fields")
        self.fieldsLayout = QFormLayout(self.fields)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.captionEditLabel = QLabel(self.fields)
        self.captionEditLabel.setObjectName(u"captionEditLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.captionEditLabel)

        self.captionEdit = QPlainTextEdit(self.fields)
        self.captionEdit.setObjectName(u"captionEdit")
        self.captionEdit.setTabChangesFocus(True)
        self.captionEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.captionEdit)

        self.noteEditLabel = QLabel(self.fields)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(self.fields)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.altEditLabel = QLabel(self.fields)
        self.altEditLabel.setObjectName(u"altEditLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.altEditLabel)

        self.altEdit = QLineEdit(self.fields)
        self.altEdit.setObjectName(u"altEdit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.altEdit)

        self.altWarningLabel = QLabel(self.fields)
        self.altWarningLabel.setObjectName(u"altWarningLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.altWarningLabel)

        self.altWarning = StableLabel(self.fields)
        self.altWarning.setObjectName(u"altWarning")
        self.altWarning.setTextFormat(Qt.PlainText)
        self.altWarning.setWordWrap(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.altWarning)

        self.sectionComboLabel = QLabel(self.fields)
        self.sectionComboLabel.setObjectName(u"sectionComboLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sectionComboLabel)

        self.sectionCombo = QComboBox(self.fields)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.tagsEditLabel = QLabel(self.fields)
        self.tagsEditLabel.setObjectName(u"tagsEditLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tagsEditLabel)

        self.tagsEdit = QLineEdit(self.fields)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.visibilityComboLabel = QLabel(self.fields)
        self.visibilityComboLabel.setObjectName(u"visibilityComboLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.visibilityComboLabel)

        self.visibilityCombo = QComboBox(self.fields)
        self.visibilityCombo.setObjectName(u"visibilityCombo")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.visibilityCombo)

        self.audienceValueLabel = QLabel(self.fields)
        self.audienceValueLabel.setObjectName(u"audienceValueLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.audienceValueLabel)

        self.audienceValue = StableLabel(self.fields)
        self.audienceValue.setObjectName(u"audienceValue")
        self.audienceValue.setTextFormat(Qt.PlainText)
        self.audienceValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.audienceValue)

        self.redactedCheckLabel = QLabel(self.fields)
        self.redactedCheckLabel.setObjectName(u"redactedCheckLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.redactedCheckLabel)

        self.redactedCheck = QCheckBox(self.fields)
        self.redactedCheck.setObjectName(u"redactedCheck")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.redactedCheck)


        self.inspectorLayout.addWidget(self.fields)

        self.provenanceBox = QGroupBox(Inspector)
        self.provenanceBox.setObjectName(u"provenanceBox")
        self.provenanceLayout = QFormLayout(self.provenanceBox)
        self.provenanceLayout.setObjectName(u"provenanceLayout")
        self.addressTitle = QLabel(self.provenanceBox)
        self.addressTitle.setObjectName(u"addressTitle")

        self.provenanceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressTitle)

        self.addressValue = ElidedField(self.provenanceBox)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setReadOnly(True)
        self.addressValue.setFrame(False)

        self.provenanceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.capturedTitle = QLabel(self.provenanceBox)
        self.capturedTitle.setObjectName(u"capturedTitle")

        self.provenanceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.capturedTitle)

        self.capturedValue = ElidedField(self.provenanceBox)
        self.capturedValue.setObjectName(u"capturedValue")
        self.capturedValue.setFrame(False)

        self.provenanceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capturedValue)

        self.methodTitle = QLabel(self.provenanceBox)
        self.methodTitle.setObjectName(u"methodTitle")

        self.provenanceLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodTitle)

        self.methodValue = ElidedField(self.provenanceBox)
        self.methodValue.setObjectName(u"methodValue")
        self.methodValue.setFrame(False)

        self.provenanceLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodValue)

        self.shaTitle = QLabel(self.provenanceBox)
        self.shaTitle.setObjectName(u"shaTitle")

        self.provenanceLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shaTitle)

        self.shaValue = ElidedField(self.provenanceBox)
        self.shaValue.setObjectName(u"shaValue")
        self.shaValue.setReadOnly(True)
        self.shaValue.setFrame(False)

        self.provenanceLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shaValue)

        self.readableTitle = QLabel(self.provenanceBox)
        self.readableTitle.setObjectName(u"readableTitle")

        self.provenanceLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.readableTitle)

        self.readableValue = StableLabel(self.provenanceBox)
        self.readableValue.setObjectName(u"readableValue")
        self.readableValue.setTextFormat(Qt.PlainText)
        self.readableValue.setWordWrap(True)

        self.provenanceLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.readableValue)

        self.openOriginalButton = QPushButton(self.provenanceBox)
        self.openOriginalButton.setObjectName(u"openOriginalButton")

        self.provenanceLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.openOriginalButton)


        self.inspectorLayout.addWidget(self.provenanceBox)

        self.readerBox = QGroupBox(Inspector)
        self.readerBox.setObjectName(u"readerBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.readerBox.sizePolicy().hasHeightForWidth())
        self.readerBox.setSizePolicy(sizePolicy)
        self.readerLayout = QVBoxLayout(self.readerBox)
        self.readerLayout.setObjectName(u"readerLayout")
        self.readerView = ReaderView(self.readerBox)
        self.readerView.setObjectName(u"readerView")
        self.readerView.setMinimumSize(QSize(0, 160))

        self.readerLayout.addWidget(self.readerView)

        self.readablePublicCheck = QCheckBox(self.readerBox)
        self.readablePublicCheck.setObjectName(u"readablePublicCheck")

        self.readerLayout.addWidget(self.readablePublicCheck)


        self.inspectorLayout.addWidget(self.readerBox)

        self.inspectorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.inspectorLayout.addItem(self.inspectorSpacer)

#if QT_CONFIG(shortcut)
        self.captionEditLabel.setBuddy(self.captionEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.altEditLabel.setBuddy(self.altEdit)
        self.altWarningLabel.setBuddy(self.altWarning)
        self.sectionComboLabel.setBuddy(self.sectionCombo)
        self.tagsEditLabel.setBuddy(self.tagsEdit)
        self.visibilityComboLabel.setBuddy(self.visibilityCombo)
        self.audienceValueLabel.setBuddy(self.audienceValue)
        self.redactedCheckLabel.setBuddy(self.redactedCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.captionEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.altEdit)
        QWidget.setTabOrder(self.altEdit, self.sectionCombo)
        QWidget.setTabOrder(self.sectionCombo, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.visibilityCombo)
        QWidget.setTabOrder(self.visibilityCombo, self.redactedCheck)
        QWidget.setTabOrder(self.redactedCheck, self.openOriginalButton)
        QWidget.setTabOrder(self.openOriginalButton, self.readerView)
        QWidget.setTabOrder(self.readerView, self.readablePublicCheck)

        self.retranslateUi(Inspector)
    # setupUi

    def retranslateUi(self, Inspector):
        self.emptyLabel.setText(QCoreApplication.translate("Inspector", u"Select a card in the story or the library to see its details here.", None))
        self.captionEditLabel.setText(QCoreApplication.translate("Inspector", u"&Caption", None))
#if QT_CONFIG(accessibility)
        self.captionEdit.setAccessibleName(QCoreApplication.translate("Inspector", u"Caption", None))
#endif // QT_CONFIG(accessibility)
        self.noteEditLabel.setText(QCoreApplication.translate("Inspector", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("Inspector", u"Private note", None))
#endif // QT_CONFIG(accessibility)
        self.altEditLabel.setText(QCoreApplication.translate("Inspector", u"&Alt text", None))
#if QT_CONFIG(accessibility)
        self.altEdit.setAccessibleName(QCoreApplication.translate("Inspector", u"Alternative text of the image", None))
#endif // QT_CONFIG(accessibility)
        self.altWarningLabel.setText("")
        self.sectionComboLabel.setText(QCoreApplication.translate("Inspector", u"S&ection", None))
#if QT_CONFIG(accessibility)
        self.sectionCombo.setAccessibleName(QCoreApplication.translate("Inspector", u"Section", None))
#endif // QT_CONFIG(accessibility)
        self.tagsEditLabel.setText(QCoreApplication.translate("Inspector", u"&Tags", None))
#if QT_CONFIG(accessibility)
        self.tagsEdit.setAccessibleName(QCoreApplication.translate("Inspector", u"Tags, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("Inspector", u"comma, separated", None))
        self.visibilityComboLabel.setText(QCoreApplication.translate("Inspector", u"&Visibility", None))
#if QT_CONFIG(accessibility)
        self.visibilityCombo.setAccessibleName(QCoreApplication.translate("Inspector", u"Visibility", None))
#endif // QT_CONFIG(accessibility)
        self.audienceValueLabel.setText(QCoreApplication.translate("Inspector", u"Audience", None))
#if QT_CONFIG(tooltip)
        self.audienceValue.setToolTip(QCoreApplication.translate("Inspector", u"Who the post's author wrote it for, as its network recorded it. A direct message or a followers-only post stays out of the public recap until you choose Public.", None))
#endif // QT_CONFIG(tooltip)
        self.redactedCheckLabel.setText("")
        self.redactedCheck.setText(QCoreApplication.translate("Inspector", u"&Redact in the public recap", None))
#if QT_CONFIG(tooltip)
        self.redactedCheck.setToolTip(QCoreApplication.translate("Inspector", u"Hide the author and blur the images in the public HTML recap", None))
#endif // QT_CONFIG(tooltip)
        self.provenanceBox.setTitle(QCoreApplication.translate("Inspector", u"Provenance", None))
        self.addressTitle.setText(QCoreApplication.translate("Inspector", u"Address", None))
#if QT_CONFIG(accessibility)
        self.addressValue.setAccessibleName(QCoreApplication.translate("Inspector", u"Original address", None))
#endif // QT_CONFIG(accessibility)
        self.capturedTitle.setText(QCoreApplication.translate("Inspector", u"Captured", None))
#if QT_CONFIG(accessibility)
        self.capturedValue.setAccessibleName(QCoreApplication.translate("Inspector", u"When it was captured", None))
#endif // QT_CONFIG(accessibility)
        self.methodTitle.setText(QCoreApplication.translate("Inspector", u"How", None))
#if QT_CONFIG(accessibility)
        self.methodValue.setAccessibleName(QCoreApplication.translate("Inspector", u"How it was captured", None))
#endif // QT_CONFIG(accessibility)
        self.shaTitle.setText(QCoreApplication.translate("Inspector", u"SHA-256", None))
#if QT_CONFIG(accessibility)
        self.shaValue.setAccessibleName(QCoreApplication.translate("Inspector", u"SHA-256 of the captured original", None))
#endif // QT_CONFIG(accessibility)
        self.readableTitle.setText(QCoreApplication.translate("Inspector", u"Readable copy", None))
        self.openOriginalButton.setText(QCoreApplication.translate("Inspector", u"&Open original in the browser", None))
#if QT_CONFIG(accessibility)
        self.openOriginalButton.setAccessibleName(QCoreApplication.translate("Inspector", u"Open the original address in the web browser", None))
#endif // QT_CONFIG(accessibility)
        self.readerBox.setTitle(QCoreApplication.translate("Inspector", u"Reader", None))
#if QT_CONFIG(accessibility)
        self.readerView.setAccessibleName(QCoreApplication.translate("Inspector", u"Readable copy of the page", None))
#endif // QT_CONFIG(accessibility)
        self.readablePublicCheck.setText(QCoreApplication.translate("Inspector", u"&Publish this full text in the public recap", None))
#if QT_CONFIG(tooltip)
        self.readablePublicCheck.setToolTip(QCoreApplication.translate("Inspector", u"The page's text belongs to its authors: publish it only where you may. Never for a redacted item.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

