// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Connection profiles through the GUI: create, edit and remove with the private key in a real Secret
// Service (ctest runs this under tests/support/with-keyring.sh), and the same steps again with no
// keyring at all (tst_profiles_nokeyring: the key is kept for the session, and the window says so);
// Test connection's buttons: copy the address the server saw, trust a self-signed certificate.
#include "../integration/EmulatorFixture.h"
#include "AppSettings.h"
#include "ConnectionProfile.h"
#include "ConsoleSession.h"
#include "ContextModel.h"
#include "FallbackSecretStore.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "StoreLocation.h"
#include "TestCertificate.h"
#include "WindowContents.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString OwnerPrivateKey = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;
const QString ReaderPrivateKey = u"0a1b2c3d-0000-4000-8000-00000000a002"_s;

SecretStore::Result readDirectly(const QString &entry)
{
    KeychainSecretStore store; // a separate store: what is really in the keyring
    store.setRetryDelay(50);
    std::optional<SecretStore::Result> result;
    store.read(entry, &store, [&](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
        qWarning("no answer from the keyring");
    return result.value_or(SecretStore::Result());
}

bool expectKeyring()
{
    return qEnvironmentVariable("APIACCESS_EXPECT_KEYRING") == "1"_L1;
}

void fill(ProfileDialog *dialog, const QString &field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->setText(text);
    emit edit->textEdited(text);
}
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    FallbackSecretStore *m_secrets = nullptr;
    std::unique_ptr<ConsoleSession> m_session;

    ProfileDialog *openedDialog()
    {
        ProfileDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (dialog = m_session->window()->findChild<ProfileDialog *>())
                        && dialog->isVisible();
                },
                5'000))
            qWarning("no profile dialog");
        return dialog;
    }
    void trigger(const QString &action) { m_session->window()->findChild<QAction *>(action)->trigger(); }

private slots:
    void init()
    {
        AppSettings::flush(); // nothing still to be saved lands after the clear
        QSettings().clear();
        QVERIFY(m_fx.start());
        auto *keychain = new KeychainSecretStore;
        keychain->setRetryDelay(50);
        m_secrets = new FallbackSecretStore(keychain, this);
        m_session = std::make_unique<ConsoleSession>(m_secrets);
        m_session->openDemo();
        QVERIFY(m_session->window());
    }
    void cleanup()
    {
        m_session.reset();
        delete m_secrets;
        m_fx.server.reset();
    }

    // With the keyboard: Test connection, then Enter saves (the focus went to Cancel while Test and Save
    // were disabled, and Enter discarded the connection). Escape with something typed asks first.
    void enterAfterATestSavesAndEscapeAsksFirst()
    {
        trigger(u"newConnectionAction"_s);
        ProfileDialog *dialog = openedDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        fill(dialog, u"nameLineEdit"_s, u"Alpha"_s);
        fill(dialog, u"serverLineEdit"_s, m_fx.server->serverUrl());
        fill(dialog, u"publicKeyLineEdit"_s, u"ownerkey"_s);

        // Escape with something typed: asked first; "Keep editing" keeps everything.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = dialog->findChild<QMessageBox *>(u"discardMessageBox"_s)) && ask->isVisible());
        QVERIFY(dialog->isVisible());
        QTest::keyClick(ask, Qt::Key_Escape); // Keep editing
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>(u"discardMessageBox"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->profile().name, u"Alpha"_s);

        fill(dialog, u"privateKeyLineEdit"_s, OwnerPrivateKey);
        auto *test = dialog->findChild<QPushButton *>(u"testConnectionButton"_s);
        dialog->activateWindow(); // the offscreen platform does not give it back after the question
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        test->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), test);
        QTest::keyClick(test, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testMessage().startsWith(u"✔"_s), 20'000);
        QCOMPARE(QApplication::focusWidget(), test); // back where it was
        auto *box = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QVERIFY(box->button(QDialogButtonBox::Save)->isDefault());
        QVERIFY(!box->button(QDialogButtonBox::Cancel)->autoDefault());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->currentProfile() == u"Alpha"_s, 20'000);
        QVERIFY(ProfileStore::find(u"Alpha"_s));

        // A new dialog, something typed, Escape, Discard: closed, nothing saved.
        trigger(u"newConnectionAction"_s);
        dialog = openedDialog();
        QVERIFY(dialog);
        fill(dialog, u"nameLineEdit"_s, u"Beta"_s);
        QPointer<ProfileDialog> watched(dialog);
        dialog->reject();
        QTRY_VERIFY((ask = dialog->findChild<QMessageBox *>(u"discardMessageBox"_s)) && ask->isVisible());
        ask->findChild<QPushButton *>(u"discardButton"_s)->click();
        QTRY_VERIFY(!watched || !watched->isVisible());
        QVERIFY(!ProfileStore::find(u"Beta"_s));
        // Nothing typed: closes at once.
        trigger(u"newConnectionAction"_s);
        dialog = openedDialog();
        QVERIFY(dialog);
        watched = dialog;
        dialog->reject();
        QVERIFY(!watched || !watched->isVisible());
    }

    void createEditRemove()
    {
        // Create.
        trigger(u"newConnectionAction"_s);
        ProfileDialog *dialog = openedDialog();
        QVERIFY(dialog);
        dialog->save(); // empty form: each field says what it needs, nothing is stored
        QVERIFY(!dialog->fieldProblem(ConnectionProfile::Field::Name).isEmpty());
        QVERIFY(!dialog->fieldProblem(ConnectionProfile::Field::Server).isEmpty());
        QVERIFY(!dialog->fieldProblem(ConnectionProfile::Field::PublicKey).isEmpty());
        QVERIFY(dialog->privateKeyProblemText().contains(u"private key"_s));
        QVERIFY(ProfileStore::all().isEmpty());
        fill(dialog, u"nameLineEdit"_s, u"Alpha"_s);
        fill(dialog, u"serverLineEdit"_s, m_fx.server->serverUrl());
        fill(dialog, u"publicKeyLineEdit"_s, u"ownerkey"_s);
        fill(dialog, u"privateKeyLineEdit"_s, OwnerPrivateKey);
        QVERIFY(dialog->fieldProblem(ConnectionProfile::Field::Server).isEmpty());
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testMessage().startsWith(u"✔"_s), 20'000);
        QPointer<ProfileDialog> saving(dialog);
        dialog->save();
        // Saving says what it waits for while the keyring answers (it may prompt to unlock), with Save
        // disabled meanwhile.
        if (expectKeyring()) {
            QVERIFY(saving);
            QVERIFY2(saving->savingMessage().contains(u"system keyring"_s),
                     qPrintable(saving->savingMessage()));
            QVERIFY(!saving->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_session->currentProfile() == u"Alpha"_s, 20'000);
        const ConnectionProfile saved = *ProfileStore::find(u"Alpha"_s);
        // Settings never hold the private key.
        AppSettings::flush();
        for (const QString &key : QSettings().allKeys())
            QVERIFY(!QSettings().value(key).toString().contains(OwnerPrivateKey));
        if (expectKeyring()) {
            const auto inKeyring = readDirectly(saved.secretKey());
            QVERIFY2(inKeyring.ok(), qPrintable(inKeyring.error));
            QCOMPARE(inKeyring.secret, OwnerPrivateKey);
            QVERIFY(m_session->window()->notice().isEmpty());
        } else {
            QCOMPARE(readDirectly(saved.secretKey()).status, SecretStore::Result::Status::Unavailable);
            // Which key, why, and what to do.
            const QString notice = m_session->window()->notice();
            QVERIFY2(notice.contains(u"session only"_s) && notice.contains(u"“Alpha”"_s)
                         && notice.contains(u"ownerkey"_s) && notice.contains(u"keyring could not be used"_s)
                         && notice.contains(u"Edit this connection"_s),
                     qPrintable(notice));
        }
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(m_session->window()).contains(u"Alpha Org"_s), 20'000);

        // Edit: another key of the same server; the keyring entry follows it.
        trigger(u"editConnectionAction"_s);
        dialog = openedDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit *>(u"nameLineEdit"_s)->isReadOnly());
        QVERIFY(dialog->findChild<QLineEdit *>(u"privateKeyLineEdit"_s)->text().isEmpty()); // never shown
        fill(dialog, u"publicKeyLineEdit"_s, u"readerky"_s);
        fill(dialog, u"privateKeyLineEdit"_s, ReaderPrivateKey);
        // The web console's settings page: refused where typed without {orgId}, kept with the profile.
        fill(dialog, u"webConsoleLineEdit"_s, u"{server}/v2#/org/settings"_s);
        QVERIFY(dialog->fieldProblem(ConnectionProfile::Field::WebConsole).contains(u"{orgId}"_s));
        fill(dialog, u"webConsoleLineEdit"_s, u"{server}/console/{orgId}/settings"_s);
        QVERIFY(dialog->fieldProblem(ConnectionProfile::Field::WebConsole).isEmpty());
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->window()->windowTitle().contains(u"Alpha"_s)
                                     && ProfileStore::find(u"Alpha"_s)->publicKey == u"readerky"_s,
                                 20'000);
        const ConnectionProfile edited = *ProfileStore::find(u"Alpha"_s);
        QCOMPARE(edited.webConsoleSettingsPage, u"{server}/console/{orgId}/settings"_s);
        if (expectKeyring()) {
            QCOMPARE(readDirectly(edited.secretKey()).secret, ReaderPrivateKey);
            QTRY_COMPARE(readDirectly(saved.secretKey()).status, SecretStore::Result::Status::NotFound);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            m_session->window()->findChild<QLabel *>(u"keyStatusLabel"_s)->text().contains(u"readerky"_s),
            20'000);

        // Remove: settings and keyring entry go; the demo takes over.
        trigger(u"removeConnectionAction"_s);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_session->window()->findChild<QMessageBox *>(u"removeConnectionMessageBox"_s)));
        QVERIFY(box->text().contains(u"cached for offline review stays"_s));
        box->findChild<QPushButton *>(u"removeButton"_s)->click();
        QTRY_VERIFY(m_session->isDemo());
        QVERIFY(!ProfileStore::find(u"Alpha"_s));
        if (expectKeyring())
            QTRY_COMPARE(readDirectly(edited.secretKey()).status, SecretStore::Result::Status::NotFound);
    }

    // A service account instead of a key: the form asks for a client ID and secret, refuses what cannot be
    // one before anything is sent, explains a refused secret, connects with a token, and keeps the secret
    // in the keyring only.
    // A team store's database password typed in the dialog goes to the system keyring, under the store's
    // address, never to settings; the console then reads it from there.
    void aTeamStoresPasswordGoesToTheKeyring()
    {
        trigger(u"newConnectionAction"_s);
        ProfileDialog *dialog = openedDialog();
        QVERIFY(dialog);
        const QString store = u"postgresql://team@127.0.0.1:9/apiaccess"_s; // nothing listens there
        const QString password = u"team-store-pw-8812"_s;
        fill(dialog, u"nameLineEdit"_s, u"Team"_s);
        fill(dialog, u"serverLineEdit"_s, m_fx.server->serverUrl());
        fill(dialog, u"publicKeyLineEdit"_s, u"ownerkey"_s);
        fill(dialog, u"privateKeyLineEdit"_s, OwnerPrivateKey);
        fill(dialog, u"storeLineEdit"_s, store);
        fill(dialog, u"storePasswordLineEdit"_s, password);
        QVERIFY(dialog->fieldProblem(ConnectionProfile::Field::Store).isEmpty());
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->currentProfile() == u"Team"_s, 20'000);
        QCOMPARE(ProfileStore::find(u"Team"_s)->store, store);
        AppSettings::flush();
        for (const QString &key : QSettings().allKeys())
            QVERIFY2(!QSettings().value(key).toString().contains(password), qPrintable(key));
        if (expectKeyring()) {
            const auto kept = readDirectly(StoreLocation::parse(store).keyringKey());
            QVERIFY2(kept.ok(), qPrintable(kept.error));
            QCOMPARE(kept.secret, password);
        }
    }

    void serviceAccountSignIn()
    {
        m_session.reset();
        m_fx.server.reset();
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(options, [](Dataset &d) {
            EmulatorFixture::seedServiceAccount(d);
            d.serviceAccounts.last().accessList.append(AccessListEntry::fromBlock(
                *IpBlock::parse(u"127.0.0.1"_s).block, QDateTime::currentDateTimeUtc()));
        }));
        m_session = std::make_unique<ConsoleSession>(m_secrets);
        m_session->openDemo();
        trigger(u"newConnectionAction"_s);
        ProfileDialog *dialog = openedDialog();
        QVERIFY(dialog);
        auto *method = dialog->findChild<QComboBox *>(u"authMethodComboBox"_s);
        QCOMPARE(method->count(), 2);
        method->setCurrentIndex(1);
        QCOMPARE(dialog->findChild<QLabel *>(u"publicKeyLabel"_s)->text(), u"Client &ID:"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"privateKeyLabel"_s)->text(), u"Client s&ecret:"_s);
        fill(dialog, u"nameLineEdit"_s, u"Robot"_s);
        fill(dialog, u"serverLineEdit"_s, m_fx.server->serverUrl());
        fill(dialog, u"publicKeyLineEdit"_s, u"ownerkey"_s); // a key's public key is no client ID
        QVERIFY2(dialog->fieldProblem(ConnectionProfile::Field::PublicKey).contains(u"mdb_sa_id_"_s),
                 qPrintable(dialog->fieldProblem(ConnectionProfile::Field::PublicKey)));
        fill(dialog, u"publicKeyLineEdit"_s, EmulatorFixture::ServiceAccountId);
        QVERIFY(dialog->fieldProblem(ConnectionProfile::Field::PublicKey).isEmpty());
        fill(dialog, u"privateKeyLineEdit"_s, OwnerPrivateKey); // a private key is no secret
        QVERIFY2(dialog->privateKeyProblemText().contains(u"mdb_sa_sk_"_s),
                 qPrintable(dialog->privateKeyProblemText()));
        fill(dialog, u"privateKeyLineEdit"_s, u"mdb_sa_sk_00000000000000000000000000009999"_s);
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testMessage().startsWith(u"⚠"_s), 20'000);
        QVERIFY2(dialog->testMessage().contains(u"invalid_client"_s)
                     && dialog->testMessage().contains(EmulatorFixture::ServiceAccountId),
                 qPrintable(dialog->testMessage()));
        fill(dialog, u"privateKeyLineEdit"_s, EmulatorFixture::ServiceAccountSecretValue);
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testMessage().startsWith(u"✔"_s), 20'000);
        QVERIFY2(dialog->testMessage().contains(u"service account"_s)
                     && dialog->testMessage().contains(u"ci-runner"_s),
                 qPrintable(dialog->testMessage()));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->currentProfile() == u"Robot"_s, 20'000);
        const ConnectionProfile saved = *ProfileStore::find(u"Robot"_s);
        QVERIFY(saved.usesServiceAccount());
        QCOMPARE(saved.publicKey, EmulatorFixture::ServiceAccountId);
        AppSettings::flush();
        for (const QString &key : QSettings().allKeys())
            QVERIFY(!QSettings().value(key).toString().contains(EmulatorFixture::ServiceAccountSecretValue));
        if (expectKeyring())
            QCOMPARE(readDirectly(saved.secretKey()).secret, EmulatorFixture::ServiceAccountSecretValue);
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(m_session->window()).contains(u"Alpha Org"_s), 20'000);
    }

    void addressNotListedOffersTheAddress()
    {
        trigger(u"newConnectionAction"_s);
        ProfileDialog *dialog = openedDialog();
        QVERIFY(dialog);
        fill(dialog, u"nameLineEdit"_s, u"Denied"_s);
        fill(dialog, u"serverLineEdit"_s, m_fx.server->serverUrl());
        fill(dialog, u"publicKeyLineEdit"_s, u"deniedky"_s);
        fill(dialog, u"privateKeyLineEdit"_s, u"0a1b2c3d-0000-4000-8000-00000000a004"_s);
        dialog->testConnection();
        auto *copy = dialog->findChild<QPushButton *>(u"copyAddressButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(copy->isVisible(), 20'000);
        QVERIFY(dialog->testMessage().contains(u"127.0.0.1"_s));
        QVERIFY(!dialog->findChild<QPushButton *>(u"trustCertificateButton"_s)->isVisible());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"127.0.0.1"_s);

        fill(dialog, u"publicKeyLineEdit"_s, u"ownerkey"_s); // a wrong private key for ownerkey
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testMessage().startsWith(u"⚠"_s) && !copy->isVisible(), 20'000);
        QVERIFY(dialog->testMessage().contains(u"ownerkey"_s));
    }

    // A plain-http server typed without a scheme: https is tried, and the answer says to type http://.
    // Editing the field clears the answer, which spoke of what was typed before.
    void noSchemeSuggestsHttp()
    {
        trigger(u"newConnectionAction"_s);
        ProfileDialog *dialog = openedDialog();
        QVERIFY(dialog);
        const QString hostPort = QUrl(m_fx.server->serverUrl()).authority();
        fill(dialog, u"nameLineEdit"_s, u"Plain"_s);
        fill(dialog, u"serverLineEdit"_s, hostPort);
        fill(dialog, u"publicKeyLineEdit"_s, u"ownerkey"_s);
        fill(dialog, u"privateKeyLineEdit"_s, OwnerPrivateKey);
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testMessage().startsWith(u"⚠"_s), 20'000);
        QVERIFY2(dialog->testMessage().contains(u"type http://"_s + hostPort),
                 qPrintable(dialog->testMessage()));
        fill(dialog, u"serverLineEdit"_s, u"http://"_s + hostPort);
        QVERIFY(dialog->testMessage().isEmpty());
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testMessage().startsWith(u"✔"_s), 20'000);
    }

    void selfSignedCertificateTrustedForThisProfile()
    {
        QTemporaryDir dir;
        QString cert;
        QString key;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &cert, &key));
        m_fx.server.reset();
        EmulatorOptions options;
        options.tlsCertificateFile = cert;
        options.tlsKeyFile = key;
        QVERIFY(m_fx.start(options));
        trigger(u"newConnectionAction"_s);
        ProfileDialog *dialog = openedDialog();
        QVERIFY(dialog);
        fill(dialog, u"nameLineEdit"_s, u"Onprem"_s);
        fill(dialog, u"serverLineEdit"_s, m_fx.server->serverUrl());
        fill(dialog, u"publicKeyLineEdit"_s, u"ownerkey"_s);
        fill(dialog, u"privateKeyLineEdit"_s, OwnerPrivateKey);
        dialog->testConnection();
        auto *trust = dialog->findChild<QPushButton *>(u"trustCertificateButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 20'000);
        const QString fingerprint = QString::fromLatin1(
            QSslCertificate::fromPath(cert).first().digest(QCryptographicHash::Sha256).toHex());
        QVERIFY(dialog->testMessage().contains(fingerprint));
        trust->click(); // pins it and tests again
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testMessage().startsWith(u"✔"_s), 20'000);
        QVERIFY(dialog->findChild<QLabel *>(u"pinnedCertificateLabel"_s)->text().contains(fingerprint));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->currentProfile() == u"Onprem"_s, 20'000);
        QCOMPARE(ProfileStore::find(u"Onprem"_s)->pinnedSha256, fingerprint.toLatin1());
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(m_session->window()).contains(u"Alpha Org"_s), 20'000);
    }
};

APIACCESS_GUI_TEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
