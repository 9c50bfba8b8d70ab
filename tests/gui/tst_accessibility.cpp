// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a person with low vision or without a mouse meets: WCAG 2.1 contrast in both themes (text 4.5:1,
// control edges 3:1, measured on the palette and on a drawn check box), an accessible name for every
// control of every page and dialog, and creating a key and adding entries with the keyboard alone.
#include "AddEntriesDialog.h"
#include "AddressCheckPage.h"
#include "ApiClient.h"
#include "ApiKeysPage.h"
#include "Appearance.h"
#include "CreateKeyDialog.h"
#include "EditKeyDialog.h"
#include "HistoryPage.h"
#include "InstancePage.h"
#include "LockoutDialog.h"
#include "MainWindow.h"
#include "NewSecretDialog.h"
#include "OrgSettingsPage.h"
#include "ProfileDialog.h"
#include "ProjectKeyDialog.h"
#include "ReportPage.h"
#include "Repository.h"
#include "RoleList.h"
#include "SecretStore.h"
#include "ServiceAccountsPage.h"
#include "TestEnvironment.h"
#include "UserWhitelistDialog.h"
#include "WelcomeDialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Controls a screen reader announces by name: a line edit, list or combo box says nothing by itself.
QStringList unnamedControls(const QWidget *root)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        const bool needsName = qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || (qobject_cast<const QAbstractItemView *>(w) && !w->inherits("QHeaderView")
                && !w->parentWidget()->inherits("QComboBox") && !w->inherits("QComboBoxListView"));
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        if (button && button->text().isEmpty() && button->accessibleName().isEmpty()
            && button->isVisibleTo(root) && !w->inherits("QLineEditIconButton")
            && !w->inherits("QTableCornerButton"))
            unnamed.append(w->objectName() + u" (button without text)"_s);
        // Line edits inside spin boxes and combo boxes are named by their owner.
        if (qobject_cast<const QLineEdit *>(w)
            && (w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox")))
            continue;
        if (needsName && w->accessibleName().isEmpty() && !labelled.contains(w))
            unnamed.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                     : w->objectName());
    }
    return unnamed;
}

ApiKey sampleKey()
{
    ApiKey key;
    key.id = u"d00000000000000000000001"_s;
    key.publicKey = u"abcdefgh"_s;
    key.desc = u"CI runners"_s;
    RoleAssignment member;
    member.roleName = u"ORG_MEMBER"_s;
    key.roles = {member};
    return key;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void contrastOfThePalette_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<int>("pair");
        for (const auto theme : {Appearance::Theme::Light, Appearance::Theme::Dark}) {
            const auto pairs = Appearance::contrastPairs(theme);
            for (int i = 0; i < pairs.size(); ++i)
                QTest::newRow(qPrintable(Appearance::themeName(theme) + u": "_s + pairs[i].what))
                    << int(theme) << i;
        }
    }
    void contrastOfThePalette()
    {
        QFETCH(int, theme);
        QFETCH(int, pair);
        const Appearance::ContrastPair p = Appearance::contrastPairs(Appearance::Theme(theme)).at(pair);
        const double ratio = Appearance::contrastRatio(p.foreground, p.background);
        QVERIFY2(ratio >= p.minimum,
                 qPrintable(u"%1: %2 on %3 is %4:1, needs %5:1"_s
                                .arg(p.what, p.foreground.name(), p.background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(p.minimum)));
    }

    void contrastFormulaMatchesWcag()
    {
        QCOMPARE(Appearance::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Appearance::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the well-known 4.54:1.
        QCOMPARE(qRound(Appearance::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    // The edge of an unchecked check box, as drawn: at least one of its pixels stands 3:1 from the window.
    void uncheckedCheckBoxIsVisible_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Appearance::Theme::Light);
        QTest::newRow("dark") << int(Appearance::Theme::Dark);
    }
    void uncheckedCheckBoxIsVisible()
    {
        QFETCH(int, theme);
        Appearance::applyTheme(Appearance::Theme(theme));
        QWidget window;
        window.setAutoFillBackground(true);
        auto *box = new QCheckBox(u"Organization Owner"_s, &window);
        box->move(10, 10);
        box->resize(box->sizeHint());
        const QImage image = window.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator
            = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box).translated(box->pos());
        const QColor background = window.palette().color(QPalette::Window);
        double best = 1.0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                best = std::max(best,
                                Appearance::contrastRatio(image.pixelColor(x * image.devicePixelRatio(),
                                                                           y * image.devicePixelRatio()),
                                                          background));
        }
        Appearance::applyTheme(Appearance::Theme::System);
        QVERIFY2(best >= 3.0, qPrintable(u"best contrast of the box's edge: %1:1"_s.arg(best, 0, 'f', 2)));
    }

    void everyControlHasAName()
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        QTemporaryDir dir;
        Repository repository(&client, dir.filePath(u"cache.sqlite"_s));
        MemorySecretStore secrets;
        KeyRecord record;
        record.key = sampleKey();
        std::vector<std::unique_ptr<QWidget>> widgets;
        widgets.emplace_back(std::make_unique<MainWindow>(&repository));
        widgets.emplace_back(std::make_unique<OrgSettingsPage>(&repository));
        widgets.emplace_back(std::make_unique<ApiKeysPage>(&repository));
        widgets.emplace_back(std::make_unique<AddressCheckPage>(&repository));
        widgets.emplace_back(std::make_unique<ReportPage>(&repository));
        widgets.emplace_back(std::make_unique<HistoryPage>(&repository));
        widgets.emplace_back(std::make_unique<WelcomeDialog>());
        widgets.emplace_back(std::make_unique<CreateKeyDialog>(RoleScope::Organization,
                                                               ServerKind::OpsManager, u"192.0.2.1"_s));
        widgets.emplace_back(std::make_unique<EditKeyDialog>(sampleKey(), ServerKind::OpsManager));
        widgets.emplace_back(
            std::make_unique<AddEntriesDialog>(u"CI runners"_s, QList<IpBlock>(), QString()));
        widgets.emplace_back(std::make_unique<ProjectKeyDialog>(QList<KeyRecord>{record}, u"billing"_s,
                                                                ServerKind::OpsManager));
        widgets.emplace_back(std::make_unique<LockoutDialog>(LockoutCheck(), u"Northwind"_s));
        widgets.emplace_back(std::make_unique<ProfileDialog>(&secrets, std::nullopt));
        widgets.emplace_back(std::make_unique<UserWhitelistDialog>(&client, QString()));
        ServiceAccount account;
        account.clientId = u"mdb_sa_id_000000000000000000000001"_s;
        account.name = u"ci-runner"_s;
        widgets.emplace_back(std::make_unique<NewSecretDialog>(account, QDateTime::currentDateTimeUtc()));
        widgets.emplace_back(std::make_unique<NewSecretDialog>(ServerKind::CloudManager));
        auto accounts = std::make_unique<ServiceAccountsPage>(&repository);
        accounts->show(); // its controls are made when it is first shown
        widgets.emplace_back(std::move(accounts));
        auto instance = std::make_unique<InstancePage>(&repository);
        instance->show(); // made when first shown, too
        widgets.emplace_back(std::move(instance));
        widgets.emplace_back(
            std::make_unique<CreateKeyDialog>(RoleScope::Global, ServerKind::OpsManager, QString()));
        widgets.emplace_back(
            std::make_unique<EditKeyDialog>(sampleKey(), ServerKind::OpsManager, false, RoleScope::Global));
        int views = 0;
        for (const auto &w : widgets) {
            const QStringList unnamed = unnamedControls(w.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(w->objectName() + u": "_s + unnamed.join(u", "_s)));
            // Tab leaves a table, list or tree (arrows move within it): with Tab walking the cells it was
            // a trap that wrapped rows and silently changed the selected key.
            for (const QAbstractItemView *view : w->findChildren<QAbstractItemView *>()) {
                if (view->inherits("QHeaderView") || view->inherits("QComboBoxListView"))
                    continue;
                ++views;
                QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->objectName() + u" traps Tab"_s));
            }
        }
        QVERIFY(views >= 8); // the keys, entries, assignments, findings, timeline, context, address, roles
    }

    // The window system adds the application's name (applicationDisplayName) to a window's title; the
    // title itself names the connection, so the name is not there twice.
    void theWindowTitleNamesTheAppOnce()
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        QTemporaryDir dir;
        Repository repository(&client, dir.filePath(u"cache.sqlite"_s));
        MainWindow window(&repository);
        window.setConnectionDescription(u"prod — https://ops.example.com"_s, u"abcdefgh"_s);
        QCOMPARE(window.windowTitle(), u"prod — https://ops.example.com"_s);
    }

    // Creating a key without a mouse: type, Tab to the roles, an arrow to one, Space ticks it, Tab on to
    // Create key.
    void createAKeyWithTheKeyboard()
    {
        CreateKeyDialog dialog(RoleScope::Organization, ServerKind::OpsManager, QString());
        QSignalSpy requested(&dialog, &CreateKeyDialog::createRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *desc = dialog.findChild<QLineEdit *>(u"descriptionLineEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), desc);
        QTest::keyClicks(desc, u"Nightly export"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *roles = dialog.findChild<RoleList *>(u"rolesListWidget"_s);
        QCOMPARE(QApplication::focusWidget(), roles);
        // Entering the list picks no role: Space there ticks nothing (it used to tick the first role,
        // Organization Owner, which was current without looking it), and no row looks chosen.
        QVERIFY(!roles->currentIndex().isValid());
        QCOMPARE(roles->selectionMode(), QAbstractItemView::NoSelection);
        QTest::keyClick(roles, Qt::Key_Space);
        QVERIFY(roles->checkedRoles().isEmpty());
        // The arrows move to a role, Space ticks the one moved to.
        QTest::keyClick(roles, Qt::Key_Down);
        QTest::keyClick(roles, Qt::Key_Down);
        QCOMPARE(roles->currentRow(), 1);
        QTest::keyClick(roles, Qt::Key_Space);
        QCOMPARE(roles->checkedRoles(), QStringList{roles->item(1)->data(Qt::UserRole).toString()});
        QVERIFY(roles->item(0)->checkState() == Qt::Unchecked);
        // Rows a finger's breadth apart (two text lines), so a click does not tick the neighbour.
        QVERIFY(roles->visualItemRect(roles->item(0)).height() >= 2 * roles->fontMetrics().height());
        // The first Tab after the list goes to Create key (not to Cancel).
        auto *create = dialog.findChild<QPushButton *>(u"createButton"_s);
        QTest::keyClick(roles, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), create);
        QTest::keyClick(create, Qt::Key_Space);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), u"Nightly export"_s);
        QCOMPARE(requested.first().at(1).toStringList().size(), 1);
    }

    // Adding entries without a mouse: type them, Tab leaves the text box, Tab on to Add, Space.
    void addEntriesWithTheKeyboard()
    {
        AddEntriesDialog dialog(u"CI runners"_s, {}, QString());
        QList<QList<IpBlock>> requested;
        connect(&dialog, &AddEntriesDialog::addRequested, this,
                [&requested](const QList<IpBlock> &entries) { requested.append(entries); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *text = dialog.findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), text);
        QTest::keyClicks(text, u"192.0.2.15"_s);
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, u"198.51.100.0/24"_s);
        auto *add = dialog.findChild<QPushButton *>(u"addButton"_s);
        for (int i = 0; i < 5 && QApplication::focusWidget() != add; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), add);
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().size(), 2);
    }
};

APIACCESS_GUI_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
