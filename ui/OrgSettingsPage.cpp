// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgSettingsPage.h"
#include "RoleCatalogue.h"

#include "Changes.h"
#include "LockoutDialog.h"
#include "OrgStore.h"
#include "Repository.h"

#include "ui_OrgSettingsPage.h"

#include <QDesktopServices>
#include <QMessageBox>

using namespace Qt::StringLiterals;

OrgSettingsPage::OrgSettingsPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrgSettingsPage>())
    , m_repository(repository)
{
    m_ui->setupUi(this);
    // The box never flips by itself: a click asks first.
    connect(m_ui->requireWhitelistCheckBox, &QCheckBox::clicked, this, [this](bool checked) {
        m_ui->requireWhitelistCheckBox->setChecked(m_settings.requirement == WhitelistRequirement::Required);
        requestChange(checked);
    });
    connect(m_ui->openWebConsoleButton, &QPushButton::clicked, this, &OrgSettingsPage::openWebConsole);
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            refresh();
    });
    connect(m_repository, &Repository::onlineChanged, this, &OrgSettingsPage::refresh);
    connect(m_repository, &Repository::identityChanged, this, &OrgSettingsPage::refresh);
    refresh();
}

OrgSettingsPage::~OrgSettingsPage() = default;

QUrl OrgSettingsPage::webConsoleUrl() const
{
    return m_repository->client()->connection().webConsoleSettingsUrl(m_orgId);
}

void OrgSettingsPage::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    m_ui->settingsMessageLabel->clear();
    refresh();
}

void OrgSettingsPage::refresh()
{
    // Without an organization there is no setting: say so rather than show a box that reads as "off".
    const bool picked = !m_orgId.isEmpty();
    m_ui->pickOrganizationLabel->setVisible(!picked);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->requireWhitelistCheckBox),
          static_cast<QWidget *>(m_ui->explanationLabel), static_cast<QWidget *>(m_ui->stateLabel),
          static_cast<QWidget *>(m_ui->permissionLabel), static_cast<QWidget *>(m_ui->openWebConsoleButton),
          static_cast<QWidget *>(m_ui->settingsMessageLabel)})
        w->setVisible(picked);
    if (!picked) {
        m_ui->securityLabel->setVisible(false);
        return;
    }
    const OrgStatePtr state = m_repository->state(m_orgId);
    m_settings = state ? state->snapshot.settings : OrgSettings();
    m_orgName = state ? state->snapshot.organization.name : m_orgId;
    const bool known = m_settings.requirement != WhitelistRequirement::Unknown;
    m_ui->requireWhitelistCheckBox->setChecked(m_settings.requirement == WhitelistRequirement::Required);
    m_ui->requireWhitelistCheckBox->setTristate(false);
    if (!known)
        m_ui->requireWhitelistCheckBox->setCheckState(Qt::PartiallyChecked);
    // A value the server's settings endpoint gave needs no source; one from the events or a refusal says
    // where it comes from.
    const QString source = m_settings.sourceText().isEmpty() ? QString() : u' ' + m_settings.sourceText();
    switch (m_settings.requirement) {
    case WhitelistRequirement::Required:
        m_ui->stateLabel->setText(tr("On: every API key of this organization needs a whitelist.") + source);
        break;
    case WhitelistRequirement::NotRequired:
        m_ui->stateLabel->setText(tr("Off: keys without a whitelist may call from any address.") + source);
        break;
    case WhitelistRequirement::Unknown:
        m_ui->stateLabel->setText(tr("Unknown. %1").arg(m_settings.unknownExplanation()));
        break;
    }
    // Known only from the events (or a refusal): the server answers no settings endpoint either.
    const bool viaWebConsole = !known || m_settings.source != OrgSettings::Source::SettingsEndpoint;
    m_ui->openWebConsoleButton->setVisible(viaWebConsole);
    QString reason;
    if (viaWebConsole)
        reason = tr("The setting can only be changed in the web console; after the change there, sync (F5) "
                    "to read the new value from the organization's events.");
    else if (!m_repository->isOnline())
        reason = tr("Offline: the setting can be changed when the server is reachable again.");
    else if (!m_repository->identity())
        reason = tr("Checking which key this console uses…");
    else if (!m_repository->policy().mayChangeOrganization(m_orgId))
        reason = permissionReason();
    showSecuritySettings();
    m_ui->permissionLabel->setText(reason);
    m_ui->permissionLabel->setVisible(!reason.isEmpty());
    m_ui->requireWhitelistCheckBox->setEnabled(reason.isEmpty() && !m_busy);
    m_ui->requireWhitelistCheckBox->setToolTip(reason);
}

// Reading needs Organization Member, changing Organization Owner: which of them the key in use has.
QString OrgSettingsPage::permissionReason() const
{
    QStringList roles;
    if (const auto &key = m_repository->identity()->key) {
        for (const RoleAssignment &r : key->roles) {
            if (r.orgId == m_orgId && r.groupId.isEmpty())
                roles.append(RoleCatalogue::displayName(r.roleName));
        }
    }
    if (roles.isEmpty())
        return tr("Only an Organization Owner key can change this setting; the key in use is not one.");
    return tr("Only an Organization Owner key can change this setting. The key in use is %1 here: it may "
              "read "
              "the setting, not change it.")
        .arg(roles.join(u", "_s));
}

// Atlas's name for the setting, and the organization's other security settings as its endpoint gave them
// (read-only: the console changes only the requirement).
void OrgSettingsPage::showSecuritySettings()
{
    const bool atlas = m_repository->client()->connection().api == ConnectionSettings::Api::AtlasV2;
    m_ui->requireWhitelistCheckBox->setText(
        atlas ? tr("Require IP Access List for the Atlas Administration API")
              : tr("Require IP Whitelist for Public API"));
    const QJsonObject &security = m_settings.security;
    QStringList lines;
    const auto yesNo = [](bool on) { return on ? tr("yes") : tr("no"); };
    if (security.contains(u"multiFactorAuthRequired"_s))
        lines.append(tr("Multi-factor authentication required: %1")
                         .arg(yesNo(security.value(u"multiFactorAuthRequired"_s).toBool())));
    if (security.contains(u"restrictEmployeeAccess"_s))
        lines.append(tr("MongoDB employee access restricted: %1")
                         .arg(yesNo(security.value(u"restrictEmployeeAccess"_s).toBool())));
    if (security.contains(u"maxServiceAccountSecretValidityInHours"_s)) {
        const int hours = security.value(u"maxServiceAccountSecretValidityInHours"_s).toInt();
        lines.append(tr("Longest life of a new service-account secret: %n hour(s)", nullptr, hours)
                     + (hours >= 48 ? tr(" (%n day(s))", nullptr, hours / 24) : QString()));
    }
    m_ui->securityLabel->setText(lines.isEmpty() ? QString()
                                                 : tr("Other security settings of the organization "
                                                      "(read-only here):")
                                         + u"<br>"_s + lines.join(u"<br>"_s));
    m_ui->securityLabel->setVisible(!lines.isEmpty());
}

void OrgSettingsPage::requestChange(bool required)
{
    if (m_busy)
        return;
    if (!required) {
        m_disable = new QMessageBox(
            QMessageBox::Warning, tr("Stop requiring a whitelist?"),
            tr("API keys of %1 with an empty whitelist will be able to call the API from any "
               "address again. Keys that have entries still only work from them.")
                .arg(m_orgName),
            QMessageBox::Cancel, this);
        m_disable->setObjectName(u"disableWhitelistDialog"_s);
        QPushButton *confirm = m_disable->addButton(tr("Stop requiring"), QMessageBox::AcceptRole);
        confirm->setObjectName(u"confirmButton"_s);
        m_disable->setDefaultButton(QMessageBox::Cancel);
        m_disable->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_disable, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
            if (button == confirm)
                send(false);
        });
        m_disable->open();
        return;
    }
    checkLockoutThen([this] { send(true); }, LockoutDialog::Then::SendChange);
}

void OrgSettingsPage::checkLockoutThen(const std::function<void()> &then, LockoutDialog::Then what)
{
    const OrgStatePtr state = m_repository->state(m_orgId);
    QList<LockoutCheck::KeyInput> keys;
    QList<LockoutCheck::AccountInput> accounts;
    if (state) {
        for (const KeyRecord &k : state->snapshot.keys)
            keys.append({k.key, k.accessList, k.accessListState.readable});
        for (const ServiceAccountRecord &a : state->snapshot.serviceAccounts)
            accounts.append({a.account, a.accessList, a.accessListState.readable});
    }
    const QString caller = m_repository->policy().callerKeyId();
    LockoutCheck check = LockoutCheck::evaluate(keys, caller);
    check.addAccounts(accounts, caller); // the console may sign in as one of them
    m_lockout = new LockoutDialog(check, m_orgName, what, this);
    m_lockout->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_lockout, &QDialog::accepted, this, then);
    m_lockout->open();
}

// Where the server has no settings endpoint, the change is made in the web console. Turning the
// requirement on (or an unknown value, which may be turned on there) is checked for lock-outs first,
// as a change sent from here would be; the new value comes back as an event with the next sync.
void OrgSettingsPage::openWebConsole()
{
    const auto open = [this] {
        const bool opened = QDesktopServices::openUrl(webConsoleUrl());
        m_ui->settingsMessageLabel->setText(
            opened ? tr("Opened the organization's settings page in the web console. After the change there, "
                        "sync (F5): the change is read from the organization's events.")
                   : tr("No browser could be opened. The settings page is at %1")
                         .arg(webConsoleUrl().toString()));
    };
    if (m_settings.requirement == WhitelistRequirement::Required)
        return open();
    checkLockoutThen(open, LockoutDialog::Then::OpenWebConsole);
}

void OrgSettingsPage::send(bool required)
{
    m_busy = true;
    // Disabled while the change is sent, the toggle loses the keyboard focus to the next control (the
    // connection box in the status bar): it gets it back with the answer unless the person moved on.
    QCheckBox *toggle = m_ui->requireWhitelistCheckBox;
    const bool hadFocus = window()->focusWidget() == toggle;
    toggle->setEnabled(false);
    m_focusMovedTo = hadFocus ? window()->focusWidget() : nullptr;
    m_ui->settingsMessageLabel->setText(tr("Sending…"));
    const QString orgId = m_orgId;
    // The answer goes into the state whether or not this page still shows the organization.
    m_repository->changes()->setWhitelistRequired(
        orgId, required, this, [this, orgId, required](ApiResult<OrgSettings> result) {
            m_busy = false;
            if (orgId != m_orgId)
                return refresh();
            if (!result.ok()) {
                m_ui->settingsMessageLabel->setText(
                    result.error().changeAccepted ? result.error().explanation()
                                                  : tr("Not changed. %1").arg(result.error().explanation()));
            } else if ((result.value().requirement == WhitelistRequirement::Required) == required) {
                m_ui->settingsMessageLabel->setText(
                    required ? tr("Done: the server now requires a whitelist for every API key.")
                             : tr("Done: the server no longer requires a whitelist."));
            } else {
                m_ui->settingsMessageLabel->setText(
                    tr("The server accepted the change but still reports the old value."));
            }
            refresh();
            QCheckBox *toggle = m_ui->requireWhitelistCheckBox;
            if (m_focusMovedTo && window()->focusWidget() == m_focusMovedTo && toggle->isEnabled())
                toggle->setFocus(Qt::OtherFocusReason);
            m_focusMovedTo = nullptr;
        });
}
