// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDialog.h"

#include "ConnectionProbe.h"
#include "SecretStore.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Field = ConnectionProfile::Field;
using Outcome = ConnectionTestResult::Outcome;

namespace {

QWidget *withProblem(QWidget *field, QLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

} // namespace

ProfileDialog::ProfileDialog(SecretStore *secrets, const std::optional<ConnectionProfile> &profile,
                             QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_editing(profile.has_value())
    , m_probe(new ConnectionProbe(this))
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_publicKey(new QLineEdit(this))
    , m_privateKey(new QLineEdit(this))
    , m_caBundle(new QLineEdit(this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_privateKeyProblem(problemLabel(u"privateKeyProblemLabel"_s))
    , m_pinnedLabel(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_copyAddress(new QPushButton(tr("&Copy address"), this))
    , m_trust(new QPushButton(tr("T&rust this certificate for this profile"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"profileDialog"_s);
    setWindowTitle(m_editing ? tr("Edit connection") : tr("New connection"));
    const std::pair<QLineEdit *, QString> names[] = {
        {m_name, u"nameLineEdit"_s},           {m_server, u"serverLineEdit"_s},
        {m_publicKey, u"publicKeyLineEdit"_s}, {m_privateKey, u"privateKeyLineEdit"_s},
        {m_caBundle, u"caBundleLineEdit"_s},   {m_proxyHost, u"proxyHostLineEdit"_s},
    };
    for (const auto &[edit, name] : names)
        edit->setObjectName(name);
    m_name->setAccessibleName(tr("Connection name"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setPlaceholderText(tr("https://opsmanager.example.com:8443"));
    m_publicKey->setAccessibleName(tr("Public key"));
    m_publicKey->setPlaceholderText(tr("for example abcdefgh"));
    m_privateKey->setAccessibleName(tr("Private key"));
    m_privateKey->setEchoMode(QLineEdit::Password);
    m_privateKey->setPlaceholderText(m_editing ? tr("unchanged (kept in the system keyring)")
                                               : tr("shown once when the key was created"));
    m_caBundle->setAccessibleName(tr("Extra CA certificates"));
    m_caBundle->setPlaceholderText(tr("optional: a PEM file for a private certificate authority"));
    m_proxyMode->setObjectName(u"proxyModeComboBox"_s);
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("System settings"), int(ConnectionSettings::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ConnectionSettings::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual"), int(ConnectionSettings::ProxyMode::Manual));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort->setObjectName(u"proxyPortSpinBox"_s);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(tr("port"));
    m_test->setObjectName(u"testConnectionButton"_s);
    m_testResult->setObjectName(u"testResultLabel"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_testResult->setAccessibleName(tr("Test result"));
    m_copyAddress->setObjectName(u"copyAddressButton"_s);
    m_trust->setObjectName(u"trustCertificateButton"_s);
    m_pinnedLabel->setObjectName(u"pinnedCertificateLabel"_s);
    m_pinnedLabel->setWordWrap(true);
    m_buttons->setObjectName(u"buttonBox"_s);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseCaButton"_s);
    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caBundle, 1);
    caLayout->addWidget(browse);
    auto *proxyRow = new QWidget(this);
    auto *proxyLayout = new QHBoxLayout(proxyRow);
    proxyLayout->setContentsMargins(0, 0, 0, 0);
    proxyLayout->addWidget(m_proxyMode);
    proxyLayout->addWidget(m_proxyHost, 1);
    proxyLayout->addWidget(m_proxyPort);

    const std::pair<Field, QString> problemNames[] = {
        {Field::Name, u"nameProblemLabel"_s},           {Field::Server, u"serverProblemLabel"_s},
        {Field::PublicKey, u"publicKeyProblemLabel"_s}, {Field::CaBundle, u"caBundleProblemLabel"_s},
        {Field::Proxy, u"proxyProblemLabel"_s},
    };
    for (const auto &[field, name] : problemNames)
        m_problems.insert(field, problemLabel(name));

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *buddy, QWidget *field, QLabel *problem) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, withProblem(field, problem, this));
    };
    addRow(tr("&Name:"), m_name, m_name, m_problems[Field::Name]);
    addRow(tr("&Server:"), m_server, m_server, m_problems[Field::Server]);
    addRow(tr("&Public key:"), m_publicKey, m_publicKey, m_problems[Field::PublicKey]);
    addRow(tr("Pri&vate key:"), m_privateKey, m_privateKey, m_privateKeyProblem);
    addRow(tr("&CA certificates:"), m_caBundle, caRow, m_problems[Field::CaBundle]);
    addRow(tr("Pro&xy:"), m_proxyMode, proxyRow, m_problems[Field::Proxy]);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_copyAddress);
    testRow->addWidget(m_trust);
    testRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The server is the address you open in a browser. The private key "
                                    "goes to the system keyring, never to a file."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_pinnedLabel);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (profile) {
        m_name->setText(profile->name);
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("The name files this connection's cache; create a new connection to "
                              "use another name."));
        m_server->setText(profile->serverText);
        m_publicKey->setText(profile->publicKey);
        m_caBundle->setText(profile->caBundlePath);
        m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(profile->proxyMode)));
        m_proxyHost->setText(profile->proxyHost);
        m_proxyPort->setValue(profile->proxyPort);
        m_pinned = profile->pinnedSha256;
        m_original = *profile;
    }
    m_copyAddress->setVisible(false);
    m_trust->setVisible(false);
    m_testResult->setVisible(false);
    updateProxyFields();
    showProblems();

    for (QLineEdit *edit : {m_name, m_server, m_publicKey, m_privateKey, m_caBundle, m_proxyHost})
        connect(edit, &QLineEdit::textEdited, this, &ProfileDialog::showProblems);
    connect(m_proxyPort, &QSpinBox::valueChanged, this, &ProfileDialog::showProblems);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        showProblems();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Extra CA certificates"), QString(),
                                       tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            m_caBundle->setText(path);
            showProblems();
        });
        dialog->open();
    });
    connect(m_server, &QLineEdit::textEdited, this, [this] {
        // A certificate trusted for one server means nothing for another.
        if (!m_pinned.isEmpty()) {
            m_pinned.clear();
            showProblems();
        }
    });
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_probe, &ConnectionProbe::finished, this, &ProfileDialog::showTestResult);
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_address);
        m_copyAddress->setText(tr("&Copied"));
    });
    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_pinned = m_fingerprint.toLatin1();
        m_trust->setVisible(false);
        showProblems();
        testConnection();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 0);
}

ProfileDialog::~ProfileDialog()
{
    m_privateKey->clear();
}

QLabel *ProfileDialog::problemLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.serverText = m_server->text().trimmed();
    p.publicKey = m_publicKey->text().trimmed();
    p.caBundlePath = m_caBundle->text().trimmed();
    p.pinnedSha256 = m_pinned;
    p.proxyMode = ConnectionSettings::ProxyMode(m_proxyMode->currentData().toInt());
    p.proxyHost = m_proxyHost->text().trimmed();
    p.proxyPort = quint16(m_proxyPort->value());
    return p;
}

QString ProfileDialog::fieldProblem(Field field) const
{
    const QLabel *label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString ProfileDialog::privateKeyProblemText() const
{
    return m_privateKeyProblem->isHidden() ? QString() : m_privateKeyProblem->text();
}

QString ProfileDialog::testMessage() const
{
    return m_testResult->isHidden() ? QString() : m_testResult->text();
}

void ProfileDialog::showProblems()
{
    const auto problems = profile().fieldProblems();
    // A field's problem shows once something was typed in it, or after an attempt to test or save.
    const QMap<Field, bool> typedIn = {
        {Field::Name, !m_name->text().isEmpty()},
        {Field::Server, !m_server->text().isEmpty()},
        {Field::PublicKey, !m_publicKey->text().isEmpty()},
        {Field::CaBundle, true},
        {Field::Proxy, true},
    };
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString text = problems.value(it.key());
        it.value()->setText(text.isEmpty() ? QString() : u"✗ "_s + text);
        it.value()->setVisible(!text.isEmpty() && (m_showProblems || typedIn.value(it.key())));
    }
    const QString typed = m_privateKey->text();
    const QString keyProblem
        = (m_editing && typed.isEmpty()) ? QString() : ConnectionProfile::privateKeyProblem(typed);
    m_privateKeyProblem->setText(keyProblem.isEmpty() ? QString() : u"✗ "_s + keyProblem);
    m_privateKeyProblem->setVisible(!keyProblem.isEmpty() && (m_showProblems || !typed.isEmpty()));
    m_pinnedLabel->setText(
        m_pinned.isEmpty()
            ? QString()
            : tr("Trusted certificate for this profile (SHA-256): %1").arg(QString::fromLatin1(m_pinned)));
    m_pinnedLabel->setVisible(!m_pinned.isEmpty());
}

void ProfileDialog::updateProxyFields()
{
    const bool manual = m_proxyMode->currentData().toInt() == int(ConnectionSettings::ProxyMode::Manual);
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void ProfileDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void ProfileDialog::testConnection()
{
    m_showProblems = true;
    showProblems();
    const ConnectionProfile p = profile();
    auto problems = p.fieldProblems();
    problems.remove(Field::Name); // a test needs no name
    const QString typedKey = m_privateKey->text().trimmed();
    if (!problems.isEmpty() || !m_privateKeyProblem->text().isEmpty()) {
        m_testResult->setText(tr("Fix the fields marked above first."));
        m_testResult->setVisible(true);
        return;
    }
    const auto run = [this, p](const QString &privateKey) {
        QString error;
        const ConnectionSettings settings = p.settings(privateKey, &error);
        m_copyAddress->setVisible(false);
        m_trust->setVisible(false);
        m_testResult->setText(tr("Testing the connection to %1…").arg(settings.apiBase.toString()));
        m_testResult->setVisible(true);
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
            self->m_testResult->setText(
                tr("The private key could not be read from the keyring (%1): type it to test.").arg(r.error));
            self->m_testResult->setVisible(true);
            return;
        }
        run(r.secret);
    });
}

void ProfileDialog::showTestResult(const ConnectionTestResult &result)
{
    setBusy(false);
    QString text = result.ok() ? u"✔ "_s + result.message : u"⚠ "_s + result.message;
    if (result.ok() && !result.keyDescription.isEmpty())
        text += u'\n' + tr("Key: %1").arg(result.keyDescription);
    m_testResult->setText(text);
    m_testResult->setVisible(true);
    m_address = result.address;
    m_fingerprint = result.certificateSha256;
    m_copyAddress->setText(tr("&Copy address %1").arg(m_address));
    m_copyAddress->setVisible(result.outcome == Outcome::AddressNotOnWhitelist && !m_address.isEmpty());
    m_trust->setVisible(result.outcome == Outcome::CertificateProblem && !m_fingerprint.isEmpty());
}

void ProfileDialog::save()
{
    m_showProblems = true;
    showProblems();
    const ConnectionProfile p = profile();
    if (!p.fieldProblems().isEmpty() || !m_privateKeyProblem->text().isEmpty())
        return;
    if (!m_editing && ProfileStore::find(p.name)) {
        m_problems[Field::Name]->setText(u"✗ "_s + tr("A connection named “%1” exists already.").arg(p.name));
        m_problems[Field::Name]->setVisible(true);
        return;
    }
    const QString typedKey = m_privateKey->text().trimmed();
    QPointer<ProfileDialog> self(this);
    if (typedKey.isEmpty()) { // editing, key unchanged
        const QString oldEntry = m_original ? m_original->secretKey() : QString();
        if (oldEntry == p.secretKey())
            return storeProfile(p, {});
        // The server or the public key changed: the keyring entry follows them.
        setBusy(true);
        m_secrets->read(oldEntry, this, [self, p](const SecretStore::Result &r) {
            if (!self)
                return;
            if (!r.ok()) {
                self->setBusy(false);
                self->m_privateKeyProblem->setText(
                    u"✗ "_s
                    + tr("The server or public key changed: type the private key again (%1).").arg(r.error));
                self->m_privateKeyProblem->setVisible(true);
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
    QPointer<ProfileDialog> self(this);
    m_secrets->write(p.secretKey(), privateKey, this, [self, p](const SecretStore::Result &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r.ok() && !r.sessionOnly) {
            self->m_privateKeyProblem->setText(u"✗ "_s
                                               + tr("The private key could not be stored: %1").arg(r.error));
            self->m_privateKeyProblem->setVisible(true);
            return;
        }
        if (self->m_original && self->m_original->secretKey() != p.secretKey())
            self->m_secrets->remove(self->m_original->secretKey(), self->m_secrets,
                                    [](const SecretStore::Result &) {});
        self->storeProfile(p, r.sessionOnly ? r.error : QString());
    });
}

void ProfileDialog::storeProfile(const ConnectionProfile &profile, const QString &notice)
{
    ProfileStore::save(profile);
    m_keyNotice = notice;
    emit saved(profile, notice);
    accept();
}
