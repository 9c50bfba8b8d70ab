// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"
#include "ExportWriter.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "TestEnvironment.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

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
        // The connection; the window system adds the application's name (applicationDisplayName).
        QVERIFY(window.windowTitle().contains(u"Not connected"_s));
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

    // The HTML and PDF reports: the summary the Markdown report has, and timestamps that never break in
    // the middle (as they did in the PDF's narrow cells).
    void reportSummaryAndUnbrokenTimestamps()
    {
        ExportInput in;
        in.snapshot.organization = {u"a0000000000000000000000a"_s, u"Northwind Analytics with a long name"_s};
        in.snapshot.settings = OrgSettings::known(true);
        in.snapshot.takenAt = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
        for (int i = 0; i < 3; ++i) {
            KeyRecord k;
            k.key.id = u"d0000000000000000000000%1"_s.arg(i);
            k.key.publicKey = u"abcdefg%1"_s.arg(i);
            // A long word (a service's name) takes the width the other cells could have had.
            k.key.desc = u"NightlyBackupExportOfTheBillingProductionClusterAndItsReportingReplica%1"_s.arg(i);
            RoleAssignment role;
            role.roleName = u"ORG_GROUP_CREATOR"_s;
            k.key.roles = {role, role};
            AccessListEntry e;
            e.cidrBlock = u"2001:db8:4:1::20/128"_s;
            e.lastUsed = QDateTime(QDate(2026, 11, 27), QTime(3, i), Qt::UTC);
            e.lastUsedAddress = u"2001:db8:4:1::20"_s;
            k.accessList = {e};
            in.snapshot.keys.append(k);
        }
        const QString html = Exporter::html(in);
        QVERIFY(html.contains(u"Require IP Whitelist for Public API: on"_s));
        QVERIFY(html.contains(u"API keys: 3"_s));
        QVERIFY(html.contains(u"Whitelist entries: 3"_s));

        // A narrow page, where the cells are as narrow as in the PDF of a real organization: without
        // white-space:nowrap the timestamp breaks at its hyphens into three lines.
        QTextDocument document;
        document.setHtml(html);
        document.setPageSize(QSizeF(420, 1000));
        document.documentLayout()->documentSize(); // lays it out
        const QString stamp = u"2026-11-27 03:01 UTC"_s;
        const QTextCursor found = document.find(stamp);
        QVERIFY(!found.isNull());
        const QTextBlock block = found.block();
        QTextLayout *layout = block.layout();
        const int first = layout->lineForTextPosition(found.selectionStart() - block.position()).lineNumber();
        const int last
            = layout->lineForTextPosition(found.selectionEnd() - 1 - block.position()).lineNumber();
        QCOMPARE(last, first);
    }

    // What people read in the HTML and PDF report: cells with borders, readable dates ("never" for a key
    // or an entry not used), counts grouped as on screen, each entry's key by description and public key,
    // IDs that never break; the PDF carries the report's title.
    void reportReadsAsOnScreen()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        ExportInput in;
        in.snapshot.organization = {u"a0000000000000000000000a"_s, u"Alpha Org"_s};
        in.snapshot.takenAt = QDateTime(QDate(2026, 11, 28), QTime(9, 30, 15), Qt::UTC);
        KeyRecord used;
        used.key.id = u"d00000000000000000000001"_s;
        used.key.publicKey = u"qzmrvtka"_s;
        used.key.desc = u"CI runners"_s;
        AccessListEntry e;
        e.cidrBlock = u"203.0.113.0/24"_s;
        e.count = 12345;
        e.lastUsed = QDateTime(QDate(2026, 11, 27), QTime(3, 1, 59), Qt::UTC);
        used.accessList = {e};
        KeyRecord unused = used;
        unused.key.id = u"d00000000000000000000002"_s;
        unused.key.publicKey = u"bnwqxyzp"_s;
        unused.key.desc = u"Backups"_s;
        unused.accessList.first().lastUsed = {};
        unused.accessList.first().count = 0;
        in.snapshot.keys = {used, unused};
        const QString html = Exporter::html(in);
        QVERIFY(html.contains(u"<table border=\"1\" cellspacing=\"0\""_s));
        QVERIFY2(html.contains(u"taken 2026-11-28 09:30 UTC."_s), qPrintable(html));
        QVERIFY(html.contains(u"<td style=\"white-space:nowrap\">2026-11-27 03:01 UTC</td>"_s));
        QVERIFY(html.contains(u"<td style=\"white-space:nowrap\">never</td>"_s));
        QVERIFY(html.contains(u"<td align=\"right\">12,345</td>"_s));
        QVERIFY(html.contains(u"<td>CI runners<br><code>qzmrvtka</code></td>"_s));
        QVERIFY(
            html.contains(u"<td style=\"white-space:nowrap\"><code>d00000000000000000000001</code></td>"_s));
        QVERIFY(!html.contains(u"T03:01"_s)); // no ISO stamps where people read
        const QString md = QString::fromUtf8(Exporter::markdown(in));
        QVERIFY2(md.contains(u"| CI runners (qzmrvtka) | 203.0.113.0/24 |"_s), qPrintable(md));
        QVERIFY(md.contains(u"| 2026-11-27 03:01 UTC | "_s) && md.contains(u"| 12,345 |"_s));
        QVERIFY(md.contains(u"| never |"_s));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QVERIFY(ExportWriter::write(in, ExportWriter::Format::Pdf, pdf).ok);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        // PDF text strings are UTF-16 (big-endian) with a byte order mark.
        QByteArray title("\xfe\xff", 2);
        for (const QChar c : u"API access report: Alpha Org"_s)
            title.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        QVERIFY(data.contains("/Title"));
        QVERIFY(data.contains(title) || data.contains(title.toHex()));
    }

    // The layout check (screenshots --check-layout, run in every language by tst_screenshots) finds a
    // header narrower than its title, a cut-off cell without a tooltip, and a cut-off cell while the
    // table leaves width unused; a cut-off cell with its tooltip in a full table passes.
    void layoutCheckFindsCutText()
    {
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({u"Öffentlicher Schlüssel des Schlüssels"_s, u"B"_s});
        auto *cell = new QStandardItem(u"A long description that the column cuts off"_s);
        model.setItem(0, 0, cell);
        model.setItem(0, 1, new QStandardItem(u"b"_s));
        QTableView view;
        view.setObjectName(u"checkedTable"_s);
        view.setModel(&model);
        view.horizontalHeader()->setStretchLastSection(false);
        view.resize(600, 200);
        view.setColumnWidth(0, 80);
        view.setColumnWidth(1, 40);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto problems = [&view] { return LayoutCheck::clippedTexts(&view).join(u'\n'); };
        QString found = problems();
        QVERIFY2(found.contains(u"“Öffentlicher Schlüssel des Schlüssels” needs"_s), qPrintable(found));
        QVERIFY2(found.contains(
                     u"cell “A long description that the column cuts off” is cut off and has no tooltip"_s),
                 qPrintable(found));
        cell->setToolTip(cell->text());
        found = problems();
        QVERIFY2(found.contains(u"is cut off while the view leaves"_s), qPrintable(found));
        // The table full: the last column takes the rest; the first still cuts off, with its tooltip.
        view.horizontalHeader()->setStretchLastSection(true);
        model.setHorizontalHeaderLabels({u"A"_s, u"B"_s});
        found = problems();
        QVERIFY2(!found.contains(u"checkedTable"_s), qPrintable(found));
    }
};

APIACCESS_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
