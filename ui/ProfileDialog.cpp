// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDialog.h"

#include "CacheDatabase.h"
#include "StoreLocation.h"

#include "ConnectionProbe.h"
#include "SecretStore.h"

#include "ui_ProfileDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;
using Field = ConnectionProfile::Field;
using Outcome = ConnectionTestResult::Outcome;

ProfileDialog::ProfileDialog(SecretStore *secrets, const std::optional<ConnectionProfile> &profile,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_secrets(secrets)
    , m_editing(profile.has_value())
    , m_probe(new ConnectionProbe(this))
{
    m_ui->setupUi(this);
    setWindowTitle(m_editing ? tr("Edit connection") : tr("New connection"));
    m_ui->authMethodComboBox->addItem(tr("API key (public and private key)"),
                                      int(ConnectionSettings::AuthMethod::ApiKey));
    m_ui->authMethodComboBox->addItem(tr("Service account (client ID and secret)"),
                                      int(ConnectionSettings::AuthMethod::ServiceAccount));
    m_ui->apiComboBox->addItem(tr("Ops Manager / Cloud Manager (Public API v1.0)"),
                               int(ConnectionSettings::Api::PublicV1));
    m_ui->apiComboBox->addItem(tr("Atlas (Administration API v2)"), int(ConnectionSettings::Api::AtlasV2));
    m_ui->proxyModeComboBox->addItem(tr("System settings"), int(ConnectionSettings::ProxyMode::System));
    m_ui->proxyModeComboBox->addItem(tr("No proxy"), int(ConnectionSettings::ProxyMode::None));
    m_ui->proxyModeComboBox->addItem(tr("Manual"), int(ConnectionSettings::ProxyMode::Manual));
    m_problems = {
        {Field::Name, m_ui->nameProblemLabel},           {Field::Server, m_ui->serverProblemLabel},
        {Field::PublicKey, m_ui->publicKeyProblemLabel}, {Field::CaBundle, m_ui->caBundleProblemLabel},
        {Field::Proxy, m_ui->proxyProblemLabel},         {Field::WebConsole, m_ui->webConsoleProblemLabel},
        {Field::Store, m_ui->storeProblemLabel},
    };
    m_ui->webConsoleLineEdit->setPlaceholderText(
        QString::fromLatin1(ConnectionSettings::DefaultWebConsoleSettingsPage));

    if (profile) {
        m_ui->nameLineEdit->setText(profile->name);
        m_ui->nameLineEdit->setReadOnly(true);
        m_ui->nameLineEdit->setToolTip(
            tr("The name files this connection's cache; create a new connection to "
               "use another name."));
        m_ui->serverLineEdit->setText(profile->serverText);
        m_ui->authMethodComboBox->setCurrentIndex(
            m_ui->authMethodComboBox->findData(int(profile->authMethod)));
        m_ui->apiComboBox->setCurrentIndex(m_ui->apiComboBox->findData(int(profile->effectiveApi())));
        m_ui->publicKeyLineEdit->setText(profile->publicKey);
        m_ui->caBundleLineEdit->setText(profile->caBundlePath);
        m_ui->proxyModeComboBox->setCurrentIndex(m_ui->proxyModeComboBox->findData(int(profile->proxyMode)));
        m_ui->proxyHostLineEdit->setText(profile->proxyHost);
        m_ui->proxyPortSpinBox->setValue(profile->proxyPort);
        m_ui->webConsoleLineEdit->setText(profile->webConsoleSettingsPage);
        m_ui->storeLineEdit->setText(profile->store);
        m_pinned = profile->pinnedSha256;
        m_original = *profile;
    }
    updateProxyFields();
    updateAuthFields();
    showProblems();

    connect(m_ui->authMethodComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        for (QWidget *w :
             {static_cast<QWidget *>(m_ui->testResultLabel), static_cast<QWidget *>(m_ui->copyAddressButton),
              static_cast<QWidget *>(m_ui->trustCertificateButton)})
            w->setVisible(false);
        showProblems();
    });
    for (QLineEdit *edit :
         {m_ui->nameLineEdit, m_ui->serverLineEdit, m_ui->publicKeyLineEdit, m_ui->privateKeyLineEdit,
          m_ui->caBundleLineEdit, m_ui->proxyHostLineEdit, m_ui->webConsoleLineEdit, m_ui->storeLineEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            // What was tested is not what is typed any more.
            for (QWidget *w : {static_cast<QWidget *>(m_ui->testResultLabel),
                               static_cast<QWidget *>(m_ui->copyAddressButton),
                               static_cast<QWidget *>(m_ui->trustCertificateButton)})
                w->setVisible(false);
            showProblems();
        });
    connect(m_ui->proxyPortSpinBox, &QSpinBox::valueChanged, this, &ProfileDialog::showProblems);
    connect(m_ui->apiComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->testResultLabel->setVisible(false);
        showProblems();
    });
    // A server address that ends in an API's path names the API.
    connect(m_ui->serverLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const auto api = ConnectionSettings::apiOfServerText(text))
            m_ui->apiComboBox->setCurrentIndex(m_ui->apiComboBox->findData(int(*api)));
    });
    connect(m_ui->proxyModeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        showProblems();
    });
    connect(m_ui->browseCaButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Extra CA certificates"), QString(),
                                       tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            m_ui->caBundleLineEdit->setText(path);
            showProblems();
        });
        dialog->open();
    });
    connect(m_ui->serverLineEdit, &QLineEdit::textEdited, this, [this] {
        // A certificate trusted for one server means nothing for another.
        if (!m_pinned.isEmpty()) {
            m_pinned.clear();
            showProblems();
        }
    });
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_probe, &ConnectionProbe::finished, this, &ProfileDialog::showTestResult);
    connect(m_ui->copyAddressButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_address);
        m_ui->copyAddressButton->setText(tr("&Copied"));
    });
    connect(m_ui->trustCertificateButton, &QPushButton::clicked, this, [this] {
        m_pinned = m_fingerprint.toLatin1();
        m_ui->trustCertificateButton->setVisible(false);
        showProblems();
        testConnection();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    // Enter saves (never cancels: Escape does), whichever button had the focus before a test.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    m_initialState = typedState();
    resize(width(), sizeHint().height());
}

QString ProfileDialog::typedState() const
{
    const ConnectionProfile p = profile();
    return QStringList{p.name,
                       p.serverText,
                       QString::number(int(p.authMethod)),
                       QString::number(int(p.api)),
                       p.publicKey,
                       p.caBundlePath,
                       QString::number(int(p.proxyMode)),
                       p.proxyHost,
                       QString::number(p.proxyPort),
                       p.webConsoleSettingsPage,
                       QString::fromLatin1(p.pinnedSha256),
                       m_ui->privateKeyLineEdit->text()}
        .join(u'\x1f');
}

bool ProfileDialog::hasTypedChanges() const
{
    return typedState() != m_initialState;
}

void ProfileDialog::reject()
{
    if (m_discardConfirmed || !hasTypedChanges())
        return QDialog::reject();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Discard this connection?"),
        m_editing
            ? tr("Discard the changes to “%1”? Nothing typed here is saved.").arg(m_ui->nameLineEdit->text())
            : tr("Discard the connection you typed? Nothing of it is saved."),
        QMessageBox::NoButton, this);
    box->setObjectName(u"discardMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box->addButton(tr("&Discard"), QMessageBox::DestructiveRole)->setObjectName(u"discardButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        m_discardConfirmed = true;
        QDialog::reject();
    });
    box->open();
}

ProfileDialog::~ProfileDialog()
{
    m_ui->privateKeyLineEdit->clear();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.serverText = m_ui->serverLineEdit->text().trimmed();
    p.authMethod = authMethod();
    p.api = ConnectionSettings::Api(m_ui->apiComboBox->currentData().toInt());
    p.publicKey = m_ui->publicKeyLineEdit->text().trimmed();
    p.caBundlePath = m_ui->caBundleLineEdit->text().trimmed();
    p.pinnedSha256 = m_pinned;
    p.proxyMode = ConnectionSettings::ProxyMode(m_ui->proxyModeComboBox->currentData().toInt());
    p.proxyHost = m_ui->proxyHostLineEdit->text().trimmed();
    p.proxyPort = quint16(m_ui->proxyPortSpinBox->value());
    p.webConsoleSettingsPage = m_ui->webConsoleLineEdit->text().trimmed();
    p.store = m_ui->storeLineEdit->text().trimmed();
    return p;
}

QString ProfileDialog::fieldProblem(Field field) const
{
    const QLabel *label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString ProfileDialog::privateKeyProblemText() const
{
    return m_ui->privateKeyProblemLabel->isHidden() ? QString() : m_ui->privateKeyProblemLabel->text();
}

QString ProfileDialog::testMessage() const
{
    return m_ui->testResultLabel->isHidden() ? QString() : m_ui->testResultLabel->text();
}

void ProfileDialog::showProblems()
{
    const auto problems = profile().fieldProblems();
    // A field's problem shows once something was typed in it, or after an attempt to test or save.
    const QMap<Field, bool> typedIn = {
        {Field::Name, !m_ui->nameLineEdit->text().isEmpty()},
        {Field::Server, !m_ui->serverLineEdit->text().isEmpty()},
        {Field::PublicKey, !m_ui->publicKeyLineEdit->text().isEmpty()},
        {Field::CaBundle, true},
        {Field::Proxy, true},
        {Field::WebConsole, true},
        {Field::Store, true},
    };
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString text = problems.value(it.key());
        it.value()->setText(text.isEmpty() ? QString() : u"✗ "_s + text);
        it.value()->setVisible(!text.isEmpty() && (m_showProblems || typedIn.value(it.key())));
    }
    const QString typed = m_ui->privateKeyLineEdit->text();
    const QString keyProblem = (m_editing && typed.isEmpty())
        ? QString()
        : ConnectionProfile::privateKeyProblem(typed, authMethod());
    m_ui->privateKeyProblemLabel->setText(keyProblem.isEmpty() ? QString() : u"✗ "_s + keyProblem);
    m_ui->privateKeyProblemLabel->setVisible(!keyProblem.isEmpty() && (m_showProblems || !typed.isEmpty()));
    m_ui->pinnedCertificateLabel->setText(
        m_pinned.isEmpty()
            ? QString()
            : tr("Trusted certificate for this profile (SHA-256): %1").arg(QString::fromLatin1(m_pinned)));
    m_ui->pinnedCertificateLabel->setVisible(!m_pinned.isEmpty());
}

ConnectionSettings::AuthMethod ProfileDialog::authMethod() const
{
    return ConnectionSettings::AuthMethod(m_ui->authMethodComboBox->currentData().toInt());
}

// The two credential fields name what the chosen method asks for.
void ProfileDialog::updateAuthFields()
{
    const bool account = authMethod() == ConnectionSettings::AuthMethod::ServiceAccount;
    m_ui->publicKeyLabel->setText(account ? tr("Client &ID:") : tr("&Public key:"));
    m_ui->publicKeyLineEdit->setAccessibleName(account ? tr("Client ID") : tr("Public key"));
    m_ui->publicKeyLineEdit->setPlaceholderText(account ? tr("mdb_sa_id_ and 24 hexadecimal digits")
                                                        : tr("for example abcdefgh"));
    m_ui->privateKeyLabel->setText(account ? tr("Client s&ecret:") : tr("Pri&vate key:"));
    m_ui->privateKeyLineEdit->setAccessibleName(account ? tr("Client secret") : tr("Private key"));
    m_ui->privateKeyLineEdit->setPlaceholderText(
        m_editing     ? tr("unchanged (kept in the system keyring)")
            : account ? tr("mdb_sa_sk_…, shown once when the secret was created")
                      : tr("shown once when the key was created"));
}

void ProfileDialog::updateProxyFields()
{
    const bool manual
        = m_ui->proxyModeComboBox->currentData().toInt() == int(ConnectionSettings::ProxyMode::Manual);
    m_ui->proxyHostLineEdit->setEnabled(manual);
    m_ui->proxyPortSpinBox->setEnabled(manual);
}

void ProfileDialog::setBusy(bool busy)
{
    // Disabling the focused Test button would hand the focus to Cancel; it goes back where it was.
    if (busy) {
        QWidget *focused = QApplication::focusWidget();
        m_focusBeforeTest = focused && isAncestorOf(focused) ? focused : nullptr;
    }
    m_ui->testConnectionButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (!busy) {
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
        if (m_focusBeforeTest && m_focusBeforeTest->isEnabled() && m_focusBeforeTest->isVisible())
            m_focusBeforeTest->setFocus(Qt::OtherFocusReason);
    }
}

void ProfileDialog::testConnection()
{
    m_showProblems = true;
    showProblems();
    const ConnectionProfile p = profile();
    auto problems = p.fieldProblems();
    problems.remove(Field::Name); // a test needs no name
    const QString typedKey = m_ui->privateKeyLineEdit->text().trimmed();
    if (!problems.isEmpty() || !m_ui->privateKeyProblemLabel->text().isEmpty()) {
        m_ui->testResultLabel->setText(tr("Fix the fields marked above first."));
        m_ui->testResultLabel->setVisible(true);
        return;
    }
    const auto run = [this, p](const QString &privateKey) {
        QString error;
        const ConnectionSettings settings = p.settings(privateKey, &error);
        m_ui->copyAddressButton->setVisible(false);
        m_ui->trustCertificateButton->setVisible(false);
        m_ui->testResultLabel->setText(tr("Testing the connection to %1…").arg(settings.apiBase.toString()));
        m_ui->testResultLabel->setVisible(true);
        setBusy(true);
        m_probe->run(settings);
    };
    if (!typedKey.isEmpty())
        return run(typedKey);
    // Editing without retyping the key: the one in the keyring.
    QPointer<ProfileDialog> self(this);
    m_secrets->read(p.secretKey(), this, [self, run](const SecretStore::Result &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->m_ui->testResultLabel->setText(
                (self->authMethod() == ConnectionSettings::AuthMethod::ServiceAccount
                     ? tr("The client secret could not be read from the keyring (%1): type it to test.")
                     : tr("The private key could not be read from the keyring (%1): type it to test."))
                    .arg(r.error));
            self->m_ui->testResultLabel->setVisible(true);
            return;
        }
        run(r.secret);
    });
}

void ProfileDialog::showTestResult(const ConnectionTestResult &result)
{
    setBusy(false);
    // Detected: the server speaks the other API; the choice is switched, and the person tests again.
    if (result.outcome == ConnectionTestResult::Outcome::OtherApi) {
        const QSignalBlocker quiet(m_ui->apiComboBox);
        m_ui->apiComboBox->setCurrentIndex(m_ui->apiComboBox->findData(int(result.suggestedApi)));
    }
    QString text = result.ok() ? u"✔ "_s + result.message : u"⚠ "_s + result.message;
    if (result.ok() && !result.keyDescription.isEmpty())
        text += u'\n' + tr("Key: %1").arg(result.keyDescription);
    // Typed without a scheme, the server was tried with https; a plain-http server then hangs up.
    const QString typed = m_ui->serverLineEdit->text().trimmed();
    // (Not after a certificate refusal: the server does speak https, and http would be a downgrade.)
    if ((result.outcome == Outcome::Unreachable || result.outcome == Outcome::Other)
        && !typed.contains(u"://"_s))
        text += u'\n'
            + tr("No scheme was typed, so https was tried. If the server speaks plain http, type "
                 "http://%1.")
                  .arg(typed);
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->setVisible(true);
    m_address = result.address;
    m_fingerprint = result.certificateSha256;
    m_ui->copyAddressButton->setText(tr("&Copy address %1").arg(m_address));
    m_ui->copyAddressButton->setVisible(result.outcome == Outcome::AddressNotOnWhitelist
                                        && !m_address.isEmpty());
    m_ui->trustCertificateButton->setVisible(result.outcome == Outcome::CertificateProblem
                                             && !m_fingerprint.isEmpty());
}

void ProfileDialog::save()
{
    m_showProblems = true;
    showProblems();
    const ConnectionProfile p = profile();
    if (!p.fieldProblems().isEmpty() || !m_ui->privateKeyProblemLabel->text().isEmpty())
        return;
    if (!m_editing && ProfileStore::find(p.name)) {
        m_problems[Field::Name]->setText(u"✗ "_s + tr("A connection named “%1” exists already.").arg(p.name));
        m_problems[Field::Name]->setVisible(true);
        return;
    }
    const QString typedKey = m_ui->privateKeyLineEdit->text().trimmed();
    QPointer<ProfileDialog> self(this);
    if (typedKey.isEmpty()) { // editing, key unchanged
        const QString oldEntry = m_original ? m_original->secretKey() : QString();
        if (oldEntry == p.secretKey())
            return storeProfile(p, {});
        // The server or the public key changed: the keyring entry follows them.
        setBusy(true);
        showSaving(tr("Asking the system keyring for the private key… (it may ask you to unlock it)"));
        m_secrets->read(oldEntry, this, [self, p](const SecretStore::Result &r) {
            if (!self)
                return;
            if (!r.ok()) {
                self->setBusy(false);
                self->showSaving({});
                self->m_ui->privateKeyProblemLabel->setText(
                    u"✗ "_s
                    + tr("The server or public key changed: type the private key again (%1).").arg(r.error));
                self->m_ui->privateKeyProblemLabel->setVisible(true);
                return;
            }
            self->storeSecret(p, r.secret);
        });
        return;
    }
    storeSecret(p, typedKey);
}

void ProfileDialog::storeSecret(const ConnectionProfile &p, const QString &privateKey)
{
    setBusy(true);
    showSaving(tr("Asking the system keyring to keep the private key… (it may ask you to unlock it)"));
    QPointer<ProfileDialog> self(this);
    m_secrets->write(p.secretKey(), privateKey, this, [self, p](const SecretStore::Result &r) {
        if (!self)
            return;
        self->setBusy(false);
        self->showSaving({});
        if (!r.ok() && !r.sessionOnly) {
            self->m_ui->privateKeyProblemLabel->setText(
                u"✗ "_s + tr("The private key could not be stored: %1").arg(r.error));
            self->m_ui->privateKeyProblemLabel->setVisible(true);
            return;
        }
        if (self->m_original && self->m_original->secretKey() != p.secretKey())
            self->m_secrets->remove(self->m_original->secretKey(), self->m_secrets,
                                    [](const SecretStore::Result &) {});
        self->storeProfile(p, r.sessionOnly ? r.error : QString());
    });
}

void ProfileDialog::showSaving(const QString &text)
{
    m_ui->savingLabel->setText(text);
    m_ui->savingLabel->setVisible(!text.isEmpty());
}

QString ProfileDialog::savingMessage() const
{
    return m_ui->savingLabel->isVisible() ? m_ui->savingLabel->text() : QString();
}

void ProfileDialog::storeProfile(const ConnectionProfile &profile, const QString &notice)
{
    // A team store's password typed here: kept in the keyring (and for this session), never in settings.
    const QString storePassword = m_ui->storePasswordLineEdit->text();
    if (!storePassword.isEmpty() && StoreLocation::looksLikePostgres(profile.store)) {
        const QString key = StoreLocation::parse(profile.store).keyringKey();
        CacheDatabase::setPassword(key, storePassword);
        m_ui->storePasswordLineEdit->clear();
        setBusy(true);
        showSaving(
            tr("Asking the system keyring to keep the store's password… (it may ask you to unlock it)"));
        QPointer<ProfileDialog> self(this);
        m_secrets->write(key, storePassword, this, [self, profile, notice](const SecretStore::Result &) {
            if (!self)
                return;
            self->setBusy(false);
            self->showSaving({});
            // Not kept (no keyring): this session has it; the next start asks the keyring again.
            self->storeProfile(profile, notice);
        });
        return;
    }
    ProfileStore::save(profile);
    m_keyNotice = notice;
    emit saved(profile, notice);
    accept();
}
