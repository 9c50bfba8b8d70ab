// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysPage.h"

#include "AccessListModel.h"
#include "ApiKeysFilterModel.h"
#include "ApiKeysModel.h"
#include "AppSettings.h"
#include "DateText.h"
#include "LockoutCheck.h"
#include "OrgStore.h"
#include "Repository.h"
#include "RoleCatalogue.h"

#include "ui_ApiKeysPage.h"

#include <QHeaderView>

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QScopedValueRollback>

#include <algorithm>

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

void bindButton(QToolButton *button, QAction *action)
{
    button->setDefaultAction(action);
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
}

const QString KeysHeaderState = u"keys/header"_s;
const QString KeysSplitterState = u"keys/splitter"_s;
} // namespace

ApiKeysPage::ApiKeysPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApiKeysPage>())
    , m_repository(repository)
    , m_keys(new ApiKeysModel(this))
    , m_proxy(new ApiKeysFilterModel(this))
    , m_entries(new AccessListModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_keys);
    m_ui->apiKeysTableView->setModel(m_proxy);
    m_ui->whitelistTableView->setModel(m_entries);
    fillRoleFilter();
    setUpKeysHeader();
    // Rows one text line high (plus a little air): a laptop screen shows ten keys or more.
    for (QTableView *view : {m_ui->apiKeysTableView, m_ui->whitelistTableView})
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // The whitelist: every column as wide as its contents, the address takes the rest; nothing behind
    // horizontal scrolling while there is room.
    QHeaderView *entriesHeader = m_ui->whitelistTableView->horizontalHeader();
    entriesHeader->setStretchLastSection(false);
    entriesHeader->setResizeContentsPrecision(100);
    entriesHeader->setSectionResizeMode(AccessListModel::AddressColumn, QHeaderView::Stretch);
    // The project column is fitted once per key shown (showDetails), not kept fitted: ResizeToContents
    // measured up to 250 rows again at every layout pass.
    m_ui->assignmentsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    // The keys get most of the height; the splitter remembers what the person chose.
    m_ui->keysSplitter->setStretchFactor(0, 3);
    m_ui->keysSplitter->setStretchFactor(1, 2);
    m_ui->keysSplitter->restoreState(AppSettings::viewState(KeysSplitterState));
    connect(m_ui->keysSplitter, &QSplitter::splitterMoved, this,
            [this] { AppSettings::setViewState(KeysSplitterState, m_ui->keysSplitter->saveState()); });

    const QList<QAction *> actions{m_ui->createKeyAction,
                                   m_ui->editKeyAction,
                                   m_ui->deleteKeyAction,
                                   m_ui->rotateKeyAction,
                                   m_ui->addEntriesAction,
                                   m_ui->removeEntryAction,
                                   m_ui->copyKeyIdAction,
                                   m_ui->copyPublicKeyAction,
                                   m_ui->copyAddressAction,
                                   m_ui->inviteKeyAction,
                                   m_ui->changeProjectRolesAction,
                                   m_ui->unassignKeyAction,
                                   m_ui->findAction};
    for (QAction *action : actions) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
    }
    const std::pair<QToolButton *, QAction *> buttons[] = {
        {m_ui->createKeyButton, m_ui->createKeyAction},
        {m_ui->editKeyButton, m_ui->editKeyAction},
        {m_ui->rotateKeyButton, m_ui->rotateKeyAction},
        {m_ui->rotateKeyDetailsButton, m_ui->rotateKeyAction}, // the details pane's, beside the key's list
        {m_ui->deleteKeyButton, m_ui->deleteKeyAction},
        {m_ui->inviteKeyButton, m_ui->inviteKeyAction},
        {m_ui->changeProjectRolesButton, m_ui->changeProjectRolesAction},
        {m_ui->unassignKeyButton, m_ui->unassignKeyAction},
        {m_ui->addEntriesButton, m_ui->addEntriesAction},
        {m_ui->removeEntryButton, m_ui->removeEntryAction},
        {m_ui->copyAddressButton, m_ui->copyAddressAction},
    };
    for (const auto &[button, action] : buttons)
        bindButton(button, action);
    m_ui->apiKeysTableView->addActions({m_ui->editKeyAction, m_ui->rotateKeyAction, m_ui->deleteKeyAction,
                                        m_ui->addEntriesAction, m_ui->copyKeyIdAction,
                                        m_ui->copyPublicKeyAction});
    m_ui->whitelistTableView->addActions(
        {m_ui->addEntriesAction, m_ui->removeEntryAction, m_ui->copyAddressAction});
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->keysFilterLineEdit->setFocus();
        m_ui->keysFilterLineEdit->selectAll();
    });

    connect(m_ui->keysFilterLineEdit, &QLineEdit::textChanged, m_proxy, &ApiKeysFilterModel::setText);
    connect(m_ui->roleFilterComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleName(m_ui->roleFilterComboBox->currentData().toString()); });
    connect(m_ui->apiKeysTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApiKeysPage::showDetails);
    // What was said about the last action goes when the person picks another key.
    connect(m_ui->apiKeysTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_selectingByCode)
            showMessage({});
    });
    // The message line keeps its place (one line) whether it says something or not: nothing moves.
    m_ui->keysMessageLabel->setMinimumHeight(m_ui->keysMessageLabel->fontMetrics().lineSpacing());
    connect(m_ui->whitelistTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysPage::updateActions);
    connect(m_ui->createKeyAction, &QAction::triggered, this, &ApiKeysPage::createKey);
    connect(m_ui->editKeyAction, &QAction::triggered, this, &ApiKeysPage::editKey);
    connect(m_ui->deleteKeyAction, &QAction::triggered, this, &ApiKeysPage::deleteKey);
    connect(m_ui->rotateKeyAction, &QAction::triggered, this, &ApiKeysPage::rotateKey);
    connect(m_ui->addEntriesAction, &QAction::triggered, this, [this] { addEntries(); });
    connect(m_ui->removeEntryAction, &QAction::triggered, this, &ApiKeysPage::removeEntries);
    connect(m_ui->inviteKeyAction, &QAction::triggered, this, &ApiKeysPage::inviteKey);
    connect(m_ui->changeProjectRolesAction, &QAction::triggered, this, &ApiKeysPage::changeProjectRoles);
    connect(m_ui->unassignKeyAction, &QAction::triggered, this, &ApiKeysPage::unassignKey);
    connect(m_ui->copyKeyIdAction, &QAction::triggered, this, [this] {
        if (const KeyRecord *k = selectedKey())
            QApplication::clipboard()->setText(k->key.id);
    });
    connect(m_ui->copyPublicKeyAction, &QAction::triggered, this, [this] {
        if (const KeyRecord *k = selectedKey())
            QApplication::clipboard()->setText(k->key.publicKey);
    });
    // The selected entries, one per line; the message says what went to the clipboard.
    connect(m_ui->copyAddressAction, &QAction::triggered, this, [this] {
        QModelIndexList rows = m_ui->whitelistTableView->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        QStringList copied;
        for (const QModelIndex &row : std::as_const(rows)) {
            if (const AccessListEntry *e = m_entries->entryAt(row.row()))
                copied.append(e->displayValue());
        }
        if (copied.isEmpty())
            return;
        QApplication::clipboard()->setText(copied.join(u'\n'));
        showMessage(copied.size() == 1 ? tr("Copied %1 to the clipboard.").arg(copied.first())
                                       : tr("Copied %n addresses to the clipboard, one per line.", nullptr,
                                            int(copied.size())));
    });
    connect(m_entries, &AccessListModel::noteEdited, this,
            [this](const QString &, const QString &entryKey, const Note &note) {
                m_repository->setNote(m_orgId, NoteKind::Entry, entryKey, note);
            });
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId != m_orgId)
            return;
        refresh();
        showRotationUsage(); // a sync brought the keys' use
    });
    connect(m_repository, &Repository::onlineChanged, this, &ApiKeysPage::updateActions);
    connect(m_repository, &Repository::identityChanged, this, &ApiKeysPage::updateActions);
    updateActions();
    refresh();
}

ApiKeysPage::~ApiKeysPage() = default;

void ApiKeysPage::setUpKeysHeader()
{
    QTableView *view = m_ui->apiKeysTableView;
    QHeaderView *header = view->horizontalHeader();
    view->sortByColumn(ApiKeysModel::DescriptionColumn, Qt::AscendingOrder);
    // The description takes what the other columns leave: no column hides behind horizontal scrolling.
    // Long text is elided; its tooltip is whole.
    header->setStretchLastSection(false);
    for (const auto &[column, width] : {std::pair{ApiKeysModel::PublicKeyColumn, 90},
                                        {ApiKeysModel::KeyIdColumn, 200},
                                        {ApiKeysModel::RolesColumn, 150},
                                        {ApiKeysModel::EntriesColumn, 60},
                                        {ApiKeysModel::LastUsedColumn, 120},
                                        {ApiKeysModel::NoteColumn, 100}})
        view->setColumnWidth(column, std::max(width, header->sectionSizeHint(column)));
    // Last used holds a date in the reader's format (DateText): as wide as the widest one.
    const QString widestDate = DateText::shown(QDateTime(QDate(2028, 12, 28), QTime(22, 58), Qt::LocalTime));
    view->setColumnWidth(ApiKeysModel::LastUsedColumn,
                         std::max(view->columnWidth(ApiKeysModel::LastUsedColumn),
                                  view->fontMetrics().horizontalAdvance(widestDate) + 16));
    header->setSectionResizeMode(ApiKeysModel::DescriptionColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    // Rarely needed: shown from the header's menu.
    header->setSectionHidden(ApiKeysModel::KeyIdColumn, true);
    header->restoreState(AppSettings::viewState(KeysHeaderState));
    header->setSectionResizeMode(ApiKeysModel::DescriptionColumn, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 0; column < header->count(); ++column) {
            QAction *toggle = menu.addAction(m_keys->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            // The description identifies a key: it stays.
            toggle->setEnabled(column != ApiKeysModel::DescriptionColumn);
            connect(toggle, &QAction::toggled, header, [header, column](bool shown) {
                header->setSectionHidden(column, !shown);
                AppSettings::setViewState(KeysHeaderState, header->saveState());
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    // Only what a person drags is saved: the stretching description follows every window resize.
    connect(header, &QHeaderView::sectionResized, this, [header](int section, int, int) {
        if (header->sectionResizeMode(section) == QHeaderView::Interactive)
            AppSettings::setViewState(KeysHeaderState, header->saveState());
    });
}

void ApiKeysPage::fillRoleFilter()
{
    const QSignalBlocker blocker(m_ui->roleFilterComboBox);
    const QString chosen = m_ui->roleFilterComboBox->currentData().toString();
    m_ui->roleFilterComboBox->clear();
    m_ui->roleFilterComboBox->addItem(tr("All roles"), QString());
    const RoleScope scope = m_projectId.isEmpty() ? RoleScope::Organization : RoleScope::Project;
    for (const RoleInfo &role : RoleCatalogue::forScope(scope, ServerKind::CloudManager))
        m_ui->roleFilterComboBox->addItem(RoleCatalogue::displayName(role.apiName()), role.apiName());
    const int index = m_ui->roleFilterComboBox->findData(chosen);
    m_ui->roleFilterComboBox->setCurrentIndex(std::max(0, index));
    m_proxy->setRoleName(m_ui->roleFilterComboBox->currentData().toString());
}

void ApiKeysPage::setContext(const QString &orgId, const QString &projectId)
{
    const bool otherOrg = orgId != m_orgId;
    const bool otherScope = projectId.isEmpty() != m_projectId.isEmpty();
    m_orgId = orgId;
    m_projectId = projectId;
    if (otherOrg)
        m_ui->keysFilterLineEdit->clear();
    if (otherScope)
        fillRoleFilter();
    // What was said about the last action belongs to the context it was done in.
    showMessage({});
    refresh();
}

void ApiKeysPage::refresh()
{
    const QScopedValueRollback byCode(m_selectingByCode, true);
    const bool picked = !m_orgId.isEmpty();
    m_ui->pickContextLabel->setVisible(!picked);
    m_ui->keysSplitter->setVisible(picked);
    const QString selected = selectedKeyId();
    const int selectedRow = m_ui->apiKeysTableView->currentIndex().row();
    m_state = m_repository->state(m_orgId);
    m_keys->setState(m_state, m_projectId);
    if (!m_selectWhenListed.isEmpty() && m_keys->rowOfKey(m_selectWhenListed) >= 0)
        selectKey(std::exchange(m_selectWhenListed, QString()));
    else if (!selected.isEmpty() && m_keys->rowOfKey(selected) >= 0)
        selectKey(selected);
    else if (!selected.isEmpty() && m_proxy->rowCount() > 0) // gone (deleted): its neighbour
        m_ui->apiKeysTableView->setCurrentIndex(
            m_proxy->index(std::clamp(selectedRow, 0, m_proxy->rowCount() - 1), 0));
    if (!m_ui->apiKeysTableView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->apiKeysTableView->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void ApiKeysPage::selectWhenListed(const QString &keyId)
{
    const QScopedValueRollback byCode(m_selectingByCode, true);
    // The change is usually in the state already (its answer is applied before the caller hears of it).
    if (m_keys->rowOfKey(keyId) >= 0)
        selectKey(keyId);
    else
        m_selectWhenListed = keyId;
}

QString ApiKeysPage::selectedKeyId() const
{
    return m_ui->apiKeysTableView->currentIndex().data(ApiKeysModel::KeyIdRole).toString();
}

void ApiKeysPage::selectKey(const QString &keyId)
{
    const int row = m_keys->rowOfKey(keyId);
    if (row >= 0)
        m_ui->apiKeysTableView->setCurrentIndex(m_proxy->mapFromSource(m_keys->index(row, 0)));
}

void ApiKeysPage::selectEntry(const QString &entry)
{
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        const AccessListEntry *e = m_entries->entryAt(row);
        if (e && e->displayValue() == entry) {
            m_ui->keyTabWidget->setCurrentWidget(m_ui->whitelistTab);
            m_ui->whitelistTableView->selectRow(row);
            m_ui->whitelistTableView->scrollTo(m_entries->index(row, 0));
            return;
        }
    }
}

const KeyRecord *ApiKeysPage::selectedKey() const
{
    const QModelIndex current = m_ui->apiKeysTableView->currentIndex();
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
        m_ui->keyDetailsLabel->setText(
            m_state ? tr("No key selected.") : tr("Nothing cached for this organization yet: sync it (F5)."));
        m_entries->clear();
        m_ui->assignmentsTreeWidget->clear();
        m_ui->whitelistStateLabel->setVisible(false);
        updateActions();
        return;
    }
    QString details = tr("<b>%1</b><br>Public key <code>%2</code> · Key ID <code>%3</code> · Private key %4")
                          .arg(k->key.desc.toHtmlEscaped(), k->key.publicKey.toHtmlEscaped(),
                               k->key.id.toHtmlEscaped(), k->key.privateKey.toHtmlEscaped());
    // Keys carry no creation date or creator: only the organization's events (or this console's own) tell.
    const ApiEvent *created = nullptr;
    if (m_state) {
        created = ApiEventLog::creationOf(m_state->ownEvents, k->key.publicKey);
        if (!created)
            created = ApiEventLog::creationOf(m_state->snapshot.events, k->key.publicKey);
    }
    if (created)
        details += u"<br>"_s
            + tr("Created %1 by %2").arg(DateText::shown(created->created), created->actor().toHtmlEscaped());
    if (k->accessListReadAt.isValid())
        details += u"<br>"_s
            + tr("Whitelist and usage as read %1 (no event named this key since; a full sync reads it again)")
                  .arg(DateText::shown(k->accessListReadAt));
    m_ui->keyDetailsLabel->setText(details);
    m_entries->setKey(*k, m_state ? m_state->entryNotes : Notes());
    // Each column as wide as its contents and its header, in every language.
    QHeaderView *entriesHeader = m_ui->whitelistTableView->horizontalHeader();
    for (int column = AccessListModel::AddressColumn + 1; column < AccessListModel::ColumnCount; ++column) {
        m_ui->whitelistTableView->resizeColumnToContents(column);
        const int header = entriesHeader->fontMetrics().horizontalAdvance(
                               m_entries->headerData(column, Qt::Horizontal).toString())
            + 20;
        m_ui->whitelistTableView->setColumnWidth(
            column, std::max(header, m_ui->whitelistTableView->columnWidth(column)));
    }
    if (!k->accessListState.readable)
        m_ui->whitelistStateLabel->setText(tr("Whitelist not readable: %1").arg(k->accessListState.reason));
    else if (k->accessList.isEmpty())
        m_ui->whitelistStateLabel->setText(
            tr("This key has no whitelist: it may call from any address unless the organization "
               "requires a whitelist."));
    m_ui->whitelistStateLabel->setVisible(!k->accessListState.readable || k->accessList.isEmpty());
    m_ui->assignmentsTreeWidget->clear();
    QHash<QString, QString> projectNames;
    if (m_state) {
        for (const Project &p : m_state->snapshot.projects)
            projectNames.insert(p.id, p.name);
    }
    for (const QString &projectId : k->key.projectIds()) {
        const QString name = projectNames.value(projectId, projectId);
        QStringList roles;
        for (const QString &r : k->key.projectRoleNames(projectId))
            roles.append(RoleCatalogue::displayName(r));
        auto *item = new QTreeWidgetItem(m_ui->assignmentsTreeWidget, {name, roles.join(u", "_s)});
        item->setToolTip(0, name);
        item->setToolTip(1, roles.join(u"\n"_s));
    }
    m_ui->assignmentsTreeWidget->resizeColumnToContents(0);
    const int entries = int(k->accessList.size());
    m_ui->keyTabWidget->setTabText(0,
                                   k->accessListState.readable ? tr("Whitelist (%n)", nullptr, entries)
                                                               : tr("Whitelist (not readable)"));
    m_ui->keyTabWidget->setTabText(1, tr("Projects (%n)", nullptr, int(k->key.projectIds().size())));
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
    m_ui->createKeyAction->setEnabled(orgMode ? online && owner : projectManager);
    m_ui->editKeyAction->setEnabled(orgMode && online && owner && k);
    m_ui->deleteKeyAction->setEnabled(orgMode && online && owner && k);
    // A rotation reads the old key's list to copy it; one in progress opens at its step.
    const bool rotating = k && m_state && rotationOf(k->key.id);
    m_ui->rotateKeyAction->setEnabled(orgMode && online && owner && k
                                      && (rotating || k->accessListState.readable));
    m_ui->rotateKeyAction->setText(rotating ? tr("R&otation…") : tr("R&otate key…"));
    m_ui->rotateKeyAction->setVisible(orgMode);
    m_ui->editKeyAction->setVisible(orgMode);
    m_ui->deleteKeyAction->setVisible(orgMode);
    m_ui->inviteKeyAction->setVisible(!orgMode);
    m_ui->changeProjectRolesAction->setVisible(!orgMode);
    m_ui->unassignKeyAction->setVisible(!orgMode);
    m_ui->inviteKeyAction->setEnabled(projectManager);
    m_ui->changeProjectRolesAction->setEnabled(projectManager && k);
    m_ui->unassignKeyAction->setEnabled(projectManager && k);
    // A key may change its own whitelist; an Organization Owner may change every key's.
    const bool listWritable
        = online && k && k->accessListState.readable && policy.mayChangeWhitelistOf(m_orgId, k->key.id);
    m_ui->addEntriesAction->setEnabled(listWritable);
    m_ui->removeEntryAction->setEnabled(listWritable
                                        && m_ui->whitelistTableView->selectionModel()->hasSelection());
    m_ui->copyKeyIdAction->setEnabled(k);
    m_ui->copyPublicKeyAction->setEnabled(k);
    m_ui->copyAddressAction->setEnabled(m_ui->whitelistTableView->selectionModel()->hasSelection());
    for (QAction *a :
         {m_ui->createKeyAction, m_ui->editKeyAction, m_ui->deleteKeyAction, m_ui->rotateKeyAction})
        a->setToolTip(a->isEnabled() ? QString() : why);
}

void ApiKeysPage::showMessage(const QString &text, Appearance::Feedback kind)
{
    const bool done = kind == Appearance::Feedback::Done;
    m_ui->keysMessageLabel->setText(text.isEmpty() ? QString() : (done ? u"✓ "_s : u"✗ "_s) + text);
    QPalette palette = m_ui->keysMessageLabel->palette();
    palette.setColor(QPalette::WindowText, Appearance::feedbackColour(kind, this->palette()));
    m_ui->keysMessageLabel->setPalette(palette);
    m_ui->keysMessageLabel->setAccessibleDescription(text.isEmpty() ? QString()
                                                         : done     ? tr("Done")
                                                                    : tr("Failed"));
}
