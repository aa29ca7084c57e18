# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QMainWindow, QMenu, QMenuBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStatusBar, QTabWidget, QTableView,
    QToolBar, QToolButton, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1400, 900)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionSaveCopy = QAction(MainWindow)
        self.actionSaveCopy.setObjectName(u"actionSaveCopy")
        self.actionClose = QAction(MainWindow)
        self.actionClose.setObjectName(u"actionClose")
        self.actionImportFiles = QAction(MainWindow)
        self.actionImportFiles.setObjectName(u"actionImportFiles")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionPreferences = QAction(MainWindow)
        self.actionPreferences.setObjectName(u"actionPreferences")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionRemove = QAction(MainWindow)
        self.actionRemove.setObjectName(u"actionRemove")
        self.actionMoveUp = QAction(MainWindow)
        self.actionMoveUp.setObjectName(u"actionMoveUp")
        self.actionMoveDown = QAction(MainWindow)
        self.actionMoveDown.setObjectName(u"actionMoveDown")
        self.actionAddToStory = QAction(MainWindow)
        self.actionAddToStory.setObjectName(u"actionAddToStory")
        self.actionAddSection = QAction(MainWindow)
        self.actionAddSection.setObjectName(u"actionAddSection")
        self.actionAddText = QAction(MainWindow)
        self.actionAddText.setObjectName(u"actionAddText")
        self.actionSortSection = QAction(MainWindow)
        self.actionSortSection.setObjectName(u"actionSortSection")
        self.actionGroupByDay = QAction(MainWindow)
        self.actionGroupByDay.setObjectName(u"actionGroupByDay")
        self.actionFindInLibrary = QAction(MainWindow)
        self.actionFindInLibrary.setObjectName(u"actionFindInLibrary")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(4, 4, 4, 0)
        self.progressHost = QWidget(self.centralwidget)
        self.progressHost.setObjectName(u"progressHost")

        self.centralLayout.addWidget(self.progressHost)

        self.mainSplitter = QSplitter(self.centralwidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.sideTabs = QTabWidget(self.mainSplitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.libraryTab = QWidget()
        self.libraryTab.setObjectName(u"libraryTab")
        self.libraryLayout = QVBoxLayout(self.libraryTab)
        self.libraryLayout.setObjectName(u"libraryLayout")
        self.libraryLayout.setContentsMargins(6, -1, 6, -1)
        self.addBarLayout = QHBoxLayout()
        self.addBarLayout.setObjectName(u"addBarLayout")
        self.addressEdit = QLineEdit(self.libraryTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.addBarLayout.addWidget(self.addressEdit)

        self.addButton = QPushButton(self.libraryTab)
        self.addButton.setObjectName(u"addButton")

        self.addBarLayout.addWidget(self.addButton)


        self.libraryLayout.addLayout(self.addBarLayout)

        self.filterEdit = QLineEdit(self.libraryTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.libraryLayout.addWidget(self.filterEdit)

        self.filterRow1 = QHBoxLayout()
        self.filterRow1.setObjectName(u"filterRow1")
        self.kindCombo = QComboBox(self.libraryTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterRow1.addWidget(self.kindCombo)

        self.platformCombo = QComboBox(self.libraryTab)
        self.platformCombo.setObjectName(u"platformCombo")

        self.filterRow1.addWidget(self.platformCombo)

        self.sortCombo = QComboBox(self.libraryTab)
        self.sortCombo.setObjectName(u"sortCombo")

        self.filterRow1.addWidget(self.sortCombo)


        self.libraryLayout.addLayout(self.filterRow1)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setObjectName(u"filterRow2")
        self.storyCombo = QComboBox(self.libraryTab)
        self.storyCombo.setObjectName(u"storyCombo")

        self.filterRow2.addWidget(self.storyCombo)

        self.mediaCheck = QCheckBox(self.libraryTab)
        self.mediaCheck.setObjectName(u"mediaCheck")

        self.filterRow2.addWidget(self.mediaCheck)

        self.altCheck = QCheckBox(self.libraryTab)
        self.altCheck.setObjectName(u"altCheck")

        self.filterRow2.addWidget(self.altCheck)


        self.libraryLayout.addLayout(self.filterRow2)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateCheck = QCheckBox(self.libraryTab)
        self.dateCheck.setObjectName(u"dateCheck")

        self.dateRow.addWidget(self.dateCheck)

        self.dateFromEdit = QDateEdit(self.libraryTab)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.dateFromEdit)

        self.toLabel = QLabel(self.libraryTab)
        self.toLabel.setObjectName(u"toLabel")

        self.dateRow.addWidget(self.toLabel)

        self.dateToEdit = QDateEdit(self.libraryTab)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.dateToEdit)


        self.libraryLayout.addLayout(self.dateRow)

        self.libraryView = QTableView(self.libraryTab)
        self.libraryView.setObjectName(u"libraryView")

        self.libraryLayout.addWidget(self.libraryView)

        self.libraryCountLabel = QLabel(self.libraryTab)
        self.libraryCountLabel.setObjectName(u"libraryCountLabel")
        self.libraryCountLabel.setTextFormat(Qt.PlainText)

        self.libraryLayout.addWidget(self.libraryCountLabel)

        self.sideTabs.addTab(self.libraryTab, "")
        self.searchTab = QWidget()
        self.searchTab.setObjectName(u"searchTab")
        self.searchLayout = QVBoxLayout(self.searchTab)
        self.searchLayout.setObjectName(u"searchLayout")
        self.sideTabs.addTab(self.searchTab, "")
        self.mainSplitter.addWidget(self.sideTabs)
        self.storyPane = QWidget(self.mainSplitter)
        self.storyPane.setObjectName(u"storyPane")
        self.storyLayout = QVBoxLayout(self.storyPane)
        self.storyLayout.setObjectName(u"storyLayout")
        self.storyLayout.setContentsMargins(0, 0, 0, 0)
        self.timelineHost = QWidget(self.storyPane)
        self.timelineHost.setObjectName(u"timelineHost")

        self.storyLayout.addWidget(self.timelineHost)

        self.storyButtons = QHBoxLayout()
        self.storyButtons.setObjectName(u"storyButtons")
        self.storyTitleLabel = QLabel(self.storyPane)
        self.storyTitleLabel.setObjectName(u"storyTitleLabel")
        self.storyTitleLabel.setTextFormat(Qt.PlainText)

        self.storyButtons.addWidget(self.storyTitleLabel)

        self.storySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.storyButtons.addItem(self.storySpacer)

        self.addSectionButton = QToolButton(self.storyPane)
        self.addSectionButton.setObjectName(u"addSectionButton")

        self.storyButtons.addWidget(self.addSectionButton)

        self.addTextButton = QToolButton(self.storyPane)
        self.addTextButton.setObjectName(u"addTextButton")

        self.storyButtons.addWidget(self.addTextButton)

        self.sortSectionButton = QToolButton(self.storyPane)
        self.sortSectionButton.setObjectName(u"sortSectionButton")

        self.storyButtons.addWidget(self.sortSectionButton)

        self.groupByDayButton = QToolButton(self.storyPane)
        self.groupByDayButton.setObjectName(u"groupByDayButton")

        self.storyButtons.addWidget(self.groupByDayButton)


        self.storyLayout.addLayout(self.storyButtons)

        self.storyView = QListView(self.storyPane)
        self.storyView.setObjectName(u"storyView")

        self.storyLayout.addWidget(self.storyView)

        self.mainSplitter.addWidget(self.storyPane)
        self.inspectorScroll = QScrollArea(self.mainSplitter)
        self.inspectorScroll.setObjectName(u"inspectorScroll")
        self.inspectorScroll.setWidgetResizable(True)
        self.inspectorHost = QWidget()
        self.inspectorHost.setObjectName(u"inspectorHost")
        self.inspectorScroll.setWidget(self.inspectorHost)
        self.mainSplitter.addWidget(self.inspectorScroll)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuStory = QMenu(self.menubar)
        self.menuStory.setObjectName(u"menuStory")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuStory.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNew)
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImportFiles)
        self.menuFile.addAction(self.actionSaveCopy)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionPreferences)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionClose)
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFindInLibrary)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionRemove)
        self.menuStory.addAction(self.actionAddToStory)
        self.menuStory.addAction(self.actionAddSection)
        self.menuStory.addAction(self.actionAddText)
        self.menuStory.addSeparator()
        self.menuStory.addAction(self.actionMoveUp)
        self.menuStory.addAction(self.actionMoveDown)
        self.menuStory.addSeparator()
        self.menuStory.addAction(self.actionSortSection)
        self.menuStory.addAction(self.actionGroupByDay)
        self.menuHelp.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionNew)
        self.mainToolBar.addAction(self.actionOpen)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionImportFiles)
        self.mainToolBar.addAction(self.actionAddSection)
        self.mainToolBar.addAction(self.actionAddText)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionExport)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"StoryWeaver", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New Project\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionSaveCopy.setText(QCoreApplication.translate("MainWindow", u"Save a &Copy\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSaveCopy.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionClose.setText(QCoreApplication.translate("MainWindow", u"&Close", None))
#if QT_CONFIG(shortcut)
        self.actionClose.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.actionImportFiles.setText(QCoreApplication.translate("MainWindow", u"&Import Files\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImportFiles.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionPreferences.setText(QCoreApplication.translate("MainWindow", u"&Preferences\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPreferences.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionRemove.setText(QCoreApplication.translate("MainWindow", u"&Remove from Story", None))
#if QT_CONFIG(shortcut)
        self.actionRemove.setShortcut(QCoreApplication.translate("MainWindow", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.actionMoveUp.setText(QCoreApplication.translate("MainWindow", u"Move &Up", None))
#if QT_CONFIG(shortcut)
        self.actionMoveUp.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+Up", None))
#endif // QT_CONFIG(shortcut)
        self.actionMoveDown.setText(QCoreApplication.translate("MainWindow", u"Move &Down", None))
#if QT_CONFIG(shortcut)
        self.actionMoveDown.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+Down", None))
#endif // QT_CONFIG(shortcut)
        self.actionAddToStory.setText(QCoreApplication.translate("MainWindow", u"Add to &Story", None))
#if QT_CONFIG(shortcut)
        self.actionAddToStory.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Return", None))
#endif // QT_CONFIG(shortcut)
        self.actionAddSection.setText(QCoreApplication.translate("MainWindow", u"Add &Section", None))
#if QT_CONFIG(shortcut)
        self.actionAddSection.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+H", None))
#endif // QT_CONFIG(shortcut)
        self.actionAddText.setText(QCoreApplication.translate("MainWindow", u"Add &Text", None))
#if QT_CONFIG(shortcut)
        self.actionAddText.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionSortSection.setText(QCoreApplication.translate("MainWindow", u"Sort Section by &Time", None))
        self.actionGroupByDay.setText(QCoreApplication.translate("MainWindow", u"&Group by Day", None))
        self.actionFindInLibrary.setText(QCoreApplication.translate("MainWindow", u"&Find in Library", None))
#if QT_CONFIG(shortcut)
        self.actionFindInLibrary.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About StoryWeaver", None))
#if QT_CONFIG(accessibility)
        self.sideTabs.setAccessibleName(QCoreApplication.translate("MainWindow", u"Library and search", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Address or embed code\u2026", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Address or embed code to add", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("MainWindow", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Add to the library", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search text, @author, #hashtag", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search the library", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.platformCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Platform", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sortCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sort order", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.storyCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"In the story or not", None))
#endif // QT_CONFIG(accessibility)
        self.mediaCheck.setText(QCoreApplication.translate("MainWindow", u"With &media", None))
        self.altCheck.setText(QCoreApplication.translate("MainWindow", u"Missing a&lt text", None))
        self.dateCheck.setText(QCoreApplication.translate("MainWindow", u"&From", None))
#if QT_CONFIG(accessibility)
        self.dateFromEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("MainWindow", u"to", None))
#if QT_CONFIG(accessibility)
        self.dateToEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.libraryView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Library", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.libraryTab), QCoreApplication.translate("MainWindow", u"&Library", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.searchTab), QCoreApplication.translate("MainWindow", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.timelineHost.setAccessibleName(QCoreApplication.translate("MainWindow", u"Timeline of the campaign", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addSectionButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Add a section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addTextButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Add a text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sortSectionButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sort this section by time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.groupByDayButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Group by day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.storyView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Story", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inspectorScroll.setAccessibleName(QCoreApplication.translate("MainWindow", u"Inspector", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuStory.setTitle(QCoreApplication.translate("MainWindow", u"&Story", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

