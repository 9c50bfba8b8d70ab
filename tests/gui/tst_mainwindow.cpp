// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "TestEnvironment.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensAndShowsConnection()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().startsWith(u"API Access Console"_s));
        QVERIFY(window.findChild<QLabel *>(u"serverStatusLabel"_s)->text().contains(u"Not connected"_s));

        window.setConnectionDescription(u"Local demo server"_s, u"abcdefgh"_s);
        auto *server = window.findChild<QLabel *>(u"serverStatusLabel"_s);
        auto *key = window.findChild<QLabel *>(u"keyStatusLabel"_s);
        QVERIFY(server && key);
        QCOMPARE(server->text(), u"Local demo server"_s);
        QCOMPARE(key->text(), u"Key: abcdefgh"_s);
        QVERIFY(window.windowTitle().contains(u"Local demo server"_s));
        QVERIFY(!server->accessibleName().isEmpty());
        QVERIFY(key->isVisible());
    }

    void quitActionClosesWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(u"Ctrl+Q"_s));
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
};

APIACCESS_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
