// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgSettingsPage.h"

#include "Changes.h"
#include "LockoutDialog.h"
#include "OrgStore.h"
#include "Repository.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OrgSettingsPage::OrgSettingsPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_toggle(new QCheckBox(tr("Require IP Whitelist for Public API"), this))
    , m_state(new QLabel(this))
    , m_permission(new QLabel(this))
    , m_message(new QLabel(this))
    , m_openWebConsole(new QPushButton(tr("Open in web console"), this))
{
    m_toggle->setObjectName(u"requireWhitelistCheckBox"_s);
    m_toggle->setAccessibleDescription(
        tr("Whether every API key of this organization must have a whitelist"));
    auto *explanation = new QLabel(tr("When this is on, an API key can do nothing until it has at least one "
                                      "whitelist entry, and every call "
                                      "must come from a listed address. When it is off, a key with an empty "
                                      "whitelist may call every endpoint "
                                      "except those that explicitly require a whitelist; a key with entries "
                                      "may still only call from them."),
                                   this);
    explanation->setObjectName(u"explanationLabel"_s);
    explanation->setWordWrap(true);
    m_state->setObjectName(u"stateLabel"_s);
    m_state->setWordWrap(true);
    m_permission->setObjectName(u"permissionLabel"_s);
    m_permission->setWordWrap(true);
    m_message->setObjectName(u"settingsMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Result"));
    m_openWebConsole->setObjectName(u"openWebConsoleButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toggle);
    layout->addWidget(explanation);
    layout->addWidget(m_state);
    layout->addWidget(m_permission);
    layout->addWidget(m_openWebConsole, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch();

    // The box never flips by itself: a click asks first.
    connect(m_toggle, &QCheckBox::clicked, this, [this](bool checked) {
        m_toggle->setChecked(m_settings.requirement == WhitelistRequirement::Required);
        requestChange(checked);
    });
    connect(m_openWebConsole, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(webConsoleUrl()); });
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            refresh();
    });
    connect(m_repository, &Repository::onlineChanged, this, &OrgSettingsPage::refresh);
    connect(m_repository, &Repository::identityChanged, this, &OrgSettingsPage::refresh);
}

QUrl OrgSettingsPage::webConsoleUrl() const
{
    QUrl url = m_repository->client()->connection().apiBase;
    QString path = url.path();
    path.chop(int(qstrlen("/api/public/v1.0")));
    url.setPath(path + u"/v2"_s);
    url.setFragment(u"/org/"_s + m_orgId + u"/settings/general"_s);
    return url;
}

void OrgSettingsPage::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    m_message->clear();
    refresh();
}

void OrgSettingsPage::refresh()
{
    const OrgStatePtr state = m_repository->state(m_orgId);
    m_settings = state ? state->snapshot.settings : OrgSettings();
    m_orgName = state ? state->snapshot.organization.name : m_orgId;
    const bool known = m_settings.requirement != WhitelistRequirement::Unknown;
    m_toggle->setChecked(m_settings.requirement == WhitelistRequirement::Required);
    m_toggle->setTristate(false);
    if (!known)
        m_toggle->setCheckState(Qt::PartiallyChecked);
    switch (m_settings.requirement) {
    case WhitelistRequirement::Required:
        m_state->setText(tr("On: every API key of this organization needs a whitelist."));
        break;
    case WhitelistRequirement::NotRequired:
        m_state->setText(tr("Off: keys without a whitelist may call from any address."));
        break;
    case WhitelistRequirement::Unknown:
        m_state->setText(tr("Unknown. %1").arg(m_settings.unknownExplanation()));
        break;
    }
    m_openWebConsole->setVisible(!known);
    QString reason;
    if (!known)
        reason = tr("The setting can only be changed in the web console.");
    else if (!m_repository->isOnline())
        reason = tr("Offline: the setting can be changed when the server is reachable again.");
    else if (!m_repository->identity())
        reason = tr("Checking which key this console uses…");
    else if (!m_repository->policy().mayChangeOrganization(m_orgId))
        reason = tr("Only an Organization Owner key can change this setting; the key in use is not one.");
    m_permission->setText(reason);
    m_permission->setVisible(!reason.isEmpty());
    m_toggle->setEnabled(reason.isEmpty() && !m_busy);
    m_toggle->setToolTip(reason);
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
    const OrgStatePtr state = m_repository->state(m_orgId);
    QList<LockoutCheck::KeyInput> keys;
    if (state) {
        for (const KeyRecord &k : state->snapshot.keys)
            keys.append({k.key, k.accessList, k.accessListState.readable});
    }
    m_lockout = new LockoutDialog(LockoutCheck::evaluate(keys, m_repository->policy().callerKeyId()),
                                  m_orgName, this);
    m_lockout->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_lockout, &QDialog::accepted, this, [this] { send(true); });
    m_lockout->open();
}

void OrgSettingsPage::send(bool required)
{
    m_busy = true;
    m_toggle->setEnabled(false);
    m_message->setText(tr("Sending…"));
    const QString orgId = m_orgId;
    // The answer goes into the state whether or not this page still shows the organization.
    m_repository->changes()->setWhitelistRequired(
        orgId, required, this, [this, orgId, required](ApiResult<OrgSettings> result) {
            m_busy = false;
            if (orgId != m_orgId)
                return refresh();
            if (!result.ok()) {
                m_message->setText(result.error().changeAccepted
                                       ? result.error().explanation()
                                       : tr("Not changed. %1").arg(result.error().explanation()));
            } else if ((result.value().requirement == WhitelistRequirement::Required) == required) {
                m_message->setText(required
                                       ? tr("Done: the server now requires a whitelist for every API key.")
                                       : tr("Done: the server no longer requires a whitelist."));
            } else {
                m_message->setText(tr("The server accepted the change but still reports the old value."));
            }
            refresh();
        });
}
