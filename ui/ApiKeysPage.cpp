// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysPage.h"

#include "AccessListModel.h"
#include "AddEntriesDialog.h"
#include "ApiKeysFilterModel.h"
#include "ApiKeysModel.h"
#include "Changes.h"
#include "CreateKeyDialog.h"
#include "EditKeyDialog.h"
#include "LockoutCheck.h"
#include "OrgStore.h"
#include "Repository.h"
#include "RoleCatalogue.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A layout and its nested layouts: Qt only does this when the layout's widget is visible.
void invalidateLayoutTree(QLayout *layout)
{
    layout->invalidate();
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout *nested = layout->itemAt(i)->layout())
            invalidateLayoutTree(nested);
    }
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A tool button does not follow its action's visibility by itself (only tool bars do).
    button->setVisible(action->isVisible());
    QObject::connect(action, &QAction::changed, button, [button, action] {
        if (button->isHidden() == action->isVisible()) {
            button->setVisible(action->isVisible());
            // A hidden page does not notice its children come and go: make its minimum size current.
            for (QWidget *w = button->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
                if (w->layout())
                    invalidateLayoutTree(w->layout());
                w->updateGeometry();
            }
        }
    });
    return button;
}
} // namespace

ApiKeysPage::ApiKeysPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_keys(new ApiKeysModel(this))
    , m_proxy(new ApiKeysFilterModel(this))
    , m_entries(new AccessListModel(this))
    , m_filter(new QLineEdit(this))
    , m_roleFilter(new QComboBox(this))
    , m_keysView(new QTableView(this))
    , m_details(new QLabel(this))
    , m_listState(new QLabel(this))
    , m_entriesView(new QTableView(this))
    , m_assignments(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    m_proxy->setSourceModel(m_keys);
    m_filter->setObjectName(u"keysFilterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by description, public key, key ID or address (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter API keys"));
    m_roleFilter->setObjectName(u"roleFilterComboBox"_s);
    m_roleFilter->setAccessibleName(tr("Show keys with role"));
    m_roleFilter->addItem(tr("All roles"), QString());
    for (const RoleInfo &role : RoleCatalogue::forScope(RoleScope::Organization, ServerKind::CloudManager))
        m_roleFilter->addItem(RoleCatalogue::displayName(role.apiName()), role.apiName());

    m_keysView->setObjectName(u"apiKeysTableView"_s);
    m_keysView->setModel(m_proxy);
    m_keysView->setSortingEnabled(true);
    m_keysView->sortByColumn(ApiKeysModel::DescriptionColumn, Qt::AscendingOrder);
    m_keysView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keysView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keysView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keysView->horizontalHeader()->setStretchLastSection(true);
    m_keysView->setWordWrap(false);
    for (const auto &[column, width] : {std::pair{ApiKeysModel::DescriptionColumn, 220},
                                        {ApiKeysModel::PublicKeyColumn, 90},
                                        {ApiKeysModel::KeyIdColumn, 200},
                                        {ApiKeysModel::RolesColumn, 190},
                                        {ApiKeysModel::EntriesColumn, 80},
                                        {ApiKeysModel::LastUsedColumn, 140}})
        m_keysView->setColumnWidth(column,
                                   std::max(width, m_keysView->horizontalHeader()->sectionSizeHint(column)));
    m_keysView->verticalHeader()->hide();
    m_keysView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_keysView->setAccessibleName(tr("API keys"));

    m_details->setObjectName(u"keyDetailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_listState->setObjectName(u"whitelistStateLabel"_s);
    m_listState->setWordWrap(true);
    m_entriesView->setObjectName(u"whitelistTableView"_s);
    m_entriesView->setModel(m_entries);
    m_entriesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entriesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_entriesView->horizontalHeader()->setStretchLastSection(true);
    m_entriesView->setWordWrap(false);
    for (const auto &[column, width] : {std::pair{AccessListModel::AddressColumn, 200},
                                        {AccessListModel::CreatedColumn, 140},
                                        {AccessListModel::LastUsedColumn, 140},
                                        {AccessListModel::LastUsedFromColumn, 160},
                                        {AccessListModel::RequestsColumn, 90}})
        m_entriesView->setColumnWidth(
            column, std::max(width, m_entriesView->horizontalHeader()->sectionSizeHint(column)));
    m_entriesView->verticalHeader()->hide();
    m_entriesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_entriesView->setAccessibleName(tr("Whitelist of the selected key"));
    m_assignments->setObjectName(u"assignmentsTreeWidget"_s);
    m_assignments->setHeaderLabels({tr("Project"), tr("Project roles")});
    m_assignments->setRootIsDecorated(false);
    m_assignments->setAccessibleName(tr("Projects the selected key is assigned to"));
    m_message->setObjectName(u"keysMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Message"));

    m_createAction = addAction(u"createKeyAction"_s, tr("&Create key…"), QKeySequence::New);
    m_editAction = addAction(u"editKeyAction"_s, tr("&Edit key…"), QKeySequence(Qt::Key_F2));
    m_deleteAction = addAction(u"deleteKeyAction"_s, tr("&Delete key…"), QKeySequence::Delete);
    m_addEntriesAction
        = addAction(u"addEntriesAction"_s, tr("&Add whitelist entries…"), QKeySequence(u"Ctrl+Shift+A"_s));
    m_removeEntryAction
        = addAction(u"removeEntryAction"_s, tr("&Remove entry…"), QKeySequence(u"Ctrl+Shift+Del"_s));
    m_copyIdAction = addAction(u"copyKeyIdAction"_s, tr("Copy key &ID"), QKeySequence(u"Ctrl+Shift+I"_s));
    m_copyPublicKeyAction
        = addAction(u"copyPublicKeyAction"_s, tr("Copy &public key"), QKeySequence(u"Ctrl+Shift+P"_s));
    m_copyAddressAction
        = addAction(u"copyAddressAction"_s, tr("Copy a&ddress"), QKeySequence(u"Ctrl+Shift+C"_s));
    m_inviteAction = addAction(u"inviteKeyAction"_s, tr("&Invite key…"), QKeySequence(u"Ctrl+I"_s));
    m_changeRolesAction
        = addAction(u"changeProjectRolesAction"_s, tr("Change project &roles…"), QKeySequence(u"Ctrl+R"_s));
    m_unassignAction
        = addAction(u"unassignKeyAction"_s, tr("&Unassign from project…"), QKeySequence(u"Ctrl+U"_s));
    auto *find = addAction(u"findAction"_s, tr("Find"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    m_keysView->addActions(
        {m_editAction, m_deleteAction, m_addEntriesAction, m_copyIdAction, m_copyPublicKeyAction});
    m_entriesView->addActions({m_addEntriesAction, m_removeEntryAction, m_copyAddressAction});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_roleFilter);
    auto *keyButtons = new QHBoxLayout;
    for (QAction *a : {m_createAction, m_editAction, m_deleteAction, m_inviteAction, m_changeRolesAction,
                       m_unassignAction})
        keyButtons->addWidget(buttonFor(a, this));
    keyButtons->addStretch();
    auto *entryButtons = new QHBoxLayout;
    for (QAction *a : {m_addEntriesAction, m_removeEntryAction, m_copyAddressAction})
        entryButtons->addWidget(buttonFor(a, this));
    entryButtons->addStretch();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addLayout(keyButtons);
    topLayout->addWidget(m_keysView);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_details);
    bottomLayout->addWidget(m_listState);
    bottomLayout->addLayout(entryButtons);
    bottomLayout->addWidget(m_entriesView, 2);
    bottomLayout->addWidget(m_assignments, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"keysSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setTabOrder(m_filter, m_roleFilter);
    setTabOrder(m_roleFilter, m_keysView);
    setTabOrder(m_keysView, m_entriesView);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ApiKeysFilterModel::setText);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleName(m_roleFilter->currentData().toString()); });
    connect(m_keysView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApiKeysPage::showDetails);
    connect(m_entriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApiKeysPage::updateActions);
    connect(m_createAction, &QAction::triggered, this, &ApiKeysPage::createKey);
    connect(m_editAction, &QAction::triggered, this, &ApiKeysPage::editKey);
    connect(m_deleteAction, &QAction::triggered, this, &ApiKeysPage::deleteKey);
    connect(m_addEntriesAction, &QAction::triggered, this, &ApiKeysPage::addEntries);
    connect(m_removeEntryAction, &QAction::triggered, this, &ApiKeysPage::removeEntry);
    connect(m_inviteAction, &QAction::triggered, this, &ApiKeysPage::inviteKey);
    connect(m_changeRolesAction, &QAction::triggered, this, &ApiKeysPage::changeProjectRoles);
    connect(m_unassignAction, &QAction::triggered, this, &ApiKeysPage::unassignKey);
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        if (const KeyRecord *k = selectedKey())
            QApplication::clipboard()->setText(k->key.id);
    });
    connect(m_copyPublicKeyAction, &QAction::triggered, this, [this] {
        if (const KeyRecord *k = selectedKey())
            QApplication::clipboard()->setText(k->key.publicKey);
    });
    connect(m_copyAddressAction, &QAction::triggered, this, [this] {
        if (const AccessListEntry *e = m_entries->entryAt(m_entriesView->currentIndex().row()))
            QApplication::clipboard()->setText(e->displayValue());
    });
    connect(m_entries, &AccessListModel::noteEdited, this,
            [this](const QString &, const QString &entryKey, const Note &note) {
                m_repository->setNote(m_orgId, NoteKind::Entry, entryKey, note);
            });
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            refresh();
    });
    connect(m_repository, &Repository::onlineChanged, this, &ApiKeysPage::updateActions);
    connect(m_repository, &Repository::identityChanged, this, &ApiKeysPage::updateActions);
    updateActions();
}

QAction *ApiKeysPage::addAction(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
    return action;
}

void ApiKeysPage::setContext(const QString &orgId, const QString &projectId)
{
    const bool otherOrg = orgId != m_orgId;
    m_orgId = orgId;
    m_projectId = projectId;
    if (otherOrg) {
        m_filter->clear();
        m_message->setVisible(false);
    }
    refresh();
}

void ApiKeysPage::refresh()
{
    const QString selected = selectedKeyId();
    m_state = m_repository->state(m_orgId);
    m_keys->setState(m_state, m_projectId);
    if (!m_selectWhenListed.isEmpty() && m_keys->rowOfKey(m_selectWhenListed) >= 0)
        selectKey(std::exchange(m_selectWhenListed, QString()));
    else if (!selected.isEmpty())
        selectKey(selected);
    if (!m_keysView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_keysView->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void ApiKeysPage::selectWhenListed(const QString &keyId)
{
    // The change is usually in the state already (its answer is applied before the caller hears of it).
    if (m_keys->rowOfKey(keyId) >= 0)
        selectKey(keyId);
    else
        m_selectWhenListed = keyId;
}

QString ApiKeysPage::selectedKeyId() const
{
    return m_keysView->currentIndex().data(ApiKeysModel::KeyIdRole).toString();
}

void ApiKeysPage::selectKey(const QString &keyId)
{
    const int row = m_keys->rowOfKey(keyId);
    if (row >= 0)
        m_keysView->setCurrentIndex(m_proxy->mapFromSource(m_keys->index(row, 0)));
}

const KeyRecord *ApiKeysPage::selectedKey() const
{
    const QModelIndex current = m_keysView->currentIndex();
    return current.isValid() ? m_keys->keyAt(m_proxy->mapToSource(current).row()) : nullptr;
}

QString ApiKeysPage::ownAddress() const
{
    const auto &identity = m_repository->identity();
    if (!identity || !identity->key || !m_state)
        return {};
    const KeyRecord *own = m_state->snapshot.findKey(identity->key->id);
    return own ? LockoutCheck::lastSeenAddress(own->accessList).toString() : QString();
}

void ApiKeysPage::showDetails()
{
    const KeyRecord *k = selectedKey();
    if (!k) {
        m_details->setText(m_state ? tr("No key selected.")
                                   : tr("Nothing cached for this organization yet: sync it (F5)."));
        m_entries->clear();
        m_assignments->clear();
        m_listState->setVisible(false);
        updateActions();
        return;
    }
    m_details->setText(tr("<b>%1</b><br>Public key <code>%2</code> · Key ID <code>%3</code> · Private key %4")
                           .arg(k->key.desc.toHtmlEscaped(), k->key.publicKey, k->key.id, k->key.privateKey));
    m_entries->setKey(*k, m_state ? m_state->entryNotes : Notes());
    if (!k->accessListState.readable)
        m_listState->setText(tr("Whitelist not readable: %1").arg(k->accessListState.reason));
    else if (k->accessList.isEmpty())
        m_listState->setText(
            tr("This key has no whitelist: it may call from any address unless the organization "
               "requires a whitelist."));
    m_listState->setVisible(!k->accessListState.readable || k->accessList.isEmpty());
    m_assignments->clear();
    for (const QString &projectId : k->key.projectIds()) {
        QString name = projectId;
        if (m_state) {
            for (const Project &p : m_state->snapshot.projects) {
                if (p.id == projectId)
                    name = p.name;
            }
        }
        QStringList roles;
        for (const QString &r : k->key.projectRoleNames(projectId))
            roles.append(RoleCatalogue::displayName(r));
        new QTreeWidgetItem(m_assignments, {name, roles.join(u", "_s)});
    }
    updateActions();
}

void ApiKeysPage::updateActions()
{
    const bool online = m_repository->isOnline();
    const bool orgMode = m_projectId.isEmpty();
    const AccessPolicy policy = m_repository->policy();
    const bool owner = policy.mayChangeOrganization(m_orgId);
    const KeyRecord *k = selectedKey();
    const QString why = !online
        ? tr("Offline: changes need the server.")
        : (!owner ? tr("Only an Organization Owner key can change API keys.") : QString());
    const bool projectManager = !orgMode && online && mayManageProject();
    m_createAction->setEnabled(orgMode ? online && owner : projectManager);
    m_editAction->setEnabled(orgMode && online && owner && k);
    m_deleteAction->setEnabled(orgMode && online && owner && k);
    m_editAction->setVisible(orgMode);
    m_deleteAction->setVisible(orgMode);
    m_inviteAction->setVisible(!orgMode);
    m_changeRolesAction->setVisible(!orgMode);
    m_unassignAction->setVisible(!orgMode);
    m_inviteAction->setEnabled(projectManager);
    m_changeRolesAction->setEnabled(projectManager && k);
    m_unassignAction->setEnabled(projectManager && k);
    // A key may change its own whitelist; an Organization Owner may change every key's.
    const bool listWritable
        = online && k && k->accessListState.readable && policy.mayChangeWhitelistOf(m_orgId, k->key.id);
    m_addEntriesAction->setEnabled(listWritable);
    m_removeEntryAction->setEnabled(listWritable && m_entriesView->currentIndex().isValid());
    m_copyIdAction->setEnabled(k);
    m_copyPublicKeyAction->setEnabled(k);
    m_copyAddressAction->setEnabled(m_entriesView->currentIndex().isValid());
    for (QAction *a : {m_createAction, m_editAction, m_deleteAction})
        a->setToolTip(a->isEnabled() ? QString() : why);
}

void ApiKeysPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ApiKeysPage::mayManageProject() const
{
    return m_repository->policy().mayManageProjectKeys(m_orgId, m_projectId);
}

QString ApiKeysPage::projectName() const
{
    if (m_state) {
        for (const Project &p : m_state->snapshot.projects) {
            if (p.id == m_projectId)
                return p.name;
        }
    }
    return m_projectId;
}

void ApiKeysPage::inviteKey()
{
    if (!m_inviteAction->isEnabled() || !m_state)
        return;
    QList<KeyRecord> candidates;
    for (const KeyRecord &k : m_state->snapshot.keys) {
        if (k.key.projectRoleNames(m_projectId).isEmpty())
            candidates.append(k);
    }
    openProjectKeyDialog(
        new ProjectKeyDialog(candidates, projectName(), m_repository->client()->serverInfo().kind(), this));
}

void ApiKeysPage::changeProjectRoles()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_changeRolesAction->isEnabled())
        return;
    openProjectKeyDialog(new ProjectKeyDialog(*k, m_projectId, projectName(),
                                              m_repository->client()->serverInfo().kind(), this));
}

void ApiKeysPage::openProjectKeyDialog(ProjectKeyDialog *projectDialog)
{
    m_projectDialog = projectDialog;
    m_projectDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString projectId = m_projectId;
    QPointer<ProjectKeyDialog> dialog = m_projectDialog;
    connect(m_projectDialog, &ProjectKeyDialog::assignRequested, this,
            [this, orgId, projectId, dialog](const QString &keyId, const QStringList &roles) {
                m_repository->changes()->assignProjectKey(
                    orgId, projectId, keyId, roles, dialog.data(),
                    [this, dialog, keyId](ApiResult<ApiKey> r) {
                        if (!r.ok())
                            return dialog->showError(r.error().explanation());
                        selectWhenListed(keyId);
                        showMessage(tr("Saved the project roles of %1.").arg(r.value().desc));
                        dialog->accept();
                    });
            });
    m_projectDialog->open();
}

void ApiKeysPage::unassignKey()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_unassignAction->isEnabled())
        return;
    const QString orgId = m_orgId;
    const QString projectId = m_projectId;
    const QString keyId = k->key.id;
    const QString name = u"%1 (%2)"_s.arg(k->key.desc, k->key.publicKey);
    m_confirm
        = new QMessageBox(QMessageBox::Question, tr("Unassign from project?"),
                          tr("Remove %1 from %2? The key stays in the organization with its other roles.")
                              .arg(name, projectName()),
                          QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmUnassignDialog"_s);
    QPushButton *confirm = m_confirm->addButton(tr("Unassign"), QMessageBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, projectId, keyId, name](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->changes()->unassignProjectKey(
                    orgId, projectId, keyId, this, [this, name](ApiResult<Done> r) {
                        showMessage(r.ok() ? tr("Unassigned %1.").arg(name)
                                           : tr("Not unassigned. %1").arg(r.error().explanation()));
                    });
            });
    m_confirm->open();
}

void ApiKeysPage::createKey()
{
    if (!m_createAction->isEnabled())
        return;
    const bool inProject = !m_projectId.isEmpty();
    m_create = new CreateKeyDialog(inProject ? RoleScope::Project : RoleScope::Organization,
                                   m_repository->client()->serverInfo().kind(), ownAddress(), this);
    m_create->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString projectId = m_projectId;
    QPointer<CreateKeyDialog> dialog = m_create;
    connect(m_create, &CreateKeyDialog::createRequested, this,
            [this, orgId, projectId, dialog](const QString &desc, const QStringList &roles) {
                const auto created = [this, dialog](ApiResult<ApiKey> r) {
                    if (!r.ok())
                        return dialog->showError(r.error().explanation());
                    selectWhenListed(r.value().id);
                    dialog->showCreated(r.value());
                };
                if (projectId.isEmpty())
                    m_repository->changes()->createKey(orgId, desc, roles, dialog.data(), created);
                else
                    m_repository->changes()->createProjectKey(orgId, projectId, desc, roles, dialog.data(),
                                                              created);
            });
    connect(m_create, &CreateKeyDialog::entriesRequested, this,
            [this, orgId, dialog](const QString &keyId, const QList<IpBlock> &entries) {
                m_repository->changes()->addEntries(orgId, keyId, entries, dialog.data(),
                                                    [dialog](ApiResult<QList<AccessListEntry>> r) {
                                                        if (!r.ok())
                                                            return dialog->showError(r.error().explanation());
                                                        dialog->finishEntries();
                                                    });
            });
    m_create->open();
}

void ApiKeysPage::editKey()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_editAction->isEnabled())
        return;
    m_edit = new EditKeyDialog(k->key, m_repository->client()->serverInfo().kind(), this);
    m_edit->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString keyId = k->key.id;
    QPointer<EditKeyDialog> dialog = m_edit;
    connect(m_edit, &EditKeyDialog::saveRequested, this,
            [this, orgId, keyId, dialog](const std::optional<QString> &desc,
                                         const std::optional<QStringList> &roles) {
                m_repository->changes()->updateKey(orgId, keyId, desc, roles, dialog.data(),
                                                   [this, dialog](ApiResult<ApiKey> r) {
                                                       if (!r.ok())
                                                           return dialog->showError(r.error().explanation());
                                                       showMessage(tr("Saved %1.").arg(r.value().desc));
                                                       dialog->accept();
                                                   });
            });
    m_edit->open();
}

void ApiKeysPage::deleteKey()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_deleteAction->isEnabled())
        return;
    const QString orgId = m_orgId;
    const QString keyId = k->key.id;
    const QString name = u"%1 (%2)"_s.arg(k->key.desc, k->key.publicKey);
    m_confirm
        = new QMessageBox(QMessageBox::Warning, tr("Delete API key?"),
                          tr("Delete the API key %1? Everything that uses it stops working at once; this "
                             "cannot be undone.")
                              .arg(name),
                          QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmDeleteDialog"_s);
    QPushButton *confirm = m_confirm->addButton(tr("Delete key"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, keyId, name](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->changes()->deleteKey(orgId, keyId, this, [this, name](ApiResult<Done> r) {
                    showMessage(r.ok() ? tr("Deleted %1.").arg(name)
                                       : tr("Not deleted. %1").arg(r.error().explanation()));
                });
            });
    m_confirm->open();
}

void ApiKeysPage::addEntries()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_addEntriesAction->isEnabled())
        return;
    QList<IpBlock> existing;
    for (const auto &e : k->accessList)
        existing.append(e.block());
    m_addEntries
        = new AddEntriesDialog(u"%1 (%2)"_s.arg(k->key.desc, k->key.publicKey), existing, ownAddress(), this);
    m_addEntries->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString keyId = k->key.id;
    QPointer<AddEntriesDialog> dialog = m_addEntries;
    connect(m_addEntries, &AddEntriesDialog::addRequested, this,
            [this, orgId, keyId, dialog](const QList<IpBlock> &entries) {
                m_repository->changes()->addEntries(
                    orgId, keyId, entries, dialog.data(),
                    [this, dialog, entries](ApiResult<QList<AccessListEntry>> r) {
                        if (!r.ok())
                            return dialog->showError(r.error().explanation());
                        showMessage(tr("Added %n whitelist entry(ies).", nullptr, int(entries.size())));
                        dialog->accept();
                    });
            });
    m_addEntries->open();
}

void ApiKeysPage::removeEntry()
{
    const KeyRecord *k = selectedKey();
    const AccessListEntry *e = m_entries->entryAt(m_entriesView->currentIndex().row());
    if (!k || !e || !m_removeEntryAction->isEnabled())
        return;
    const QString orgId = m_orgId;
    const QString keyId = k->key.id;
    const IpBlock block = e->block();
    const bool ownKey = m_repository->policy().isCaller(keyId);
    const QString own = ownAddress();
    QString text = tr("Remove %1 from the whitelist of %2?").arg(block.toString(), k->key.desc);
    if (!own.isEmpty() && block.contains(QHostAddress(own)))
        text += u"\n\n⚠ "_s
            + (ownKey ? tr("This console calls from %1 with this key: the server refuses to remove the entry "
                           "the "
                           "caller uses, and without it the console would be locked out.")
                            .arg(own)
                      : tr("%1, the address this console calls from, is covered by this entry.").arg(own));
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove whitelist entry?"), text,
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmRemoveEntryDialog"_s);
    QPushButton *confirm = m_confirm->addButton(tr("Remove entry"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, keyId, block](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->changes()->deleteEntry(
                    orgId, keyId, block, this, [this, block](ApiResult<Done> r) {
                        showMessage(r.ok() ? tr("Removed %1.").arg(block.toString())
                                           : tr("Not removed. %1").arg(r.error().explanation()));
                    });
            });
    m_confirm->open();
}
