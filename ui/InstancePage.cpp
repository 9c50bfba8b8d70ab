// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstancePage.h"

#include "Changes.h"
#include "CreateKeyDialog.h"
#include "DateText.h"
#include "EditKeyDialog.h"
#include "OrgStore.h"
#include "Repository.h"
#include "RoleCatalogue.h"
#include "ui_InstancePage.h"

#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QString roleNames(const QStringList &roles)
{
    QStringList shown;
    for (const QString &r : roles)
        shown.append(RoleCatalogue::displayName(r));
    return shown.join(u", "_s);
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

// How long "My current address" waits for a connection to the server.
constexpr int AddressProbeMs = 5000;
} // namespace

InstancePage::InstancePage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InstancePage>())
    , m_repository(repository)
{
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (!Instance::is(orgId))
            return;
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

void InstancePage::build()
{
    // Made when first shown: most connections never show the instance (Cloud Manager, organization keys).
    m_built = true;
    m_ui->setupUi(this);
    connect(m_repository, &Repository::identityChanged, this, &InstancePage::updateButtons);
    connect(m_repository, &Repository::onlineChanged, this, &InstancePage::updateButtons);
    connect(m_ui->keysTableWidget, &QTableWidget::currentCellChanged, this, &InstancePage::updateButtons);
    connect(m_ui->entriesTableWidget, &QTableWidget::currentCellChanged, this, [this] {
        if (const GlobalAccessEntry *e = selectedEntry())
            m_ui->entryDescriptionLineEdit->setText(e->description);
        updateButtons();
    });
    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &InstancePage::createKey);
    connect(m_ui->editKeyButton, &QPushButton::clicked, this, &InstancePage::editKey);
    connect(m_ui->deleteKeyButton, &QPushButton::clicked, this, &InstancePage::deleteKey);
    connect(m_ui->addEntryButton, &QPushButton::clicked, this, &InstancePage::addEntry);
    connect(m_ui->saveDescriptionButton, &QPushButton::clicked, this, &InstancePage::saveDescription);
    connect(m_ui->deleteEntryButton, &QPushButton::clicked, this, &InstancePage::deleteEntry);
    connect(m_ui->myAddressButton, &QPushButton::clicked, this, &InstancePage::fillMyAddress);
    connect(m_ui->addressLineEdit, &QLineEdit::textChanged, this, &InstancePage::checkEntryInput);
    connect(m_ui->entryDescriptionLineEdit, &QLineEdit::textChanged, this, &InstancePage::checkEntryInput);
    connect(m_ui->addressLineEdit, &QLineEdit::returnPressed, this, &InstancePage::addEntry);
    for (QTableWidget *table : {m_ui->keysTableWidget, m_ui->entriesTableWidget})
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    checkEntryInput();
}

InstancePage::~InstancePage() = default;

void InstancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_built)
        build();
    if (m_stale)
        refresh();
}

QString InstancePage::message() const
{
    return m_built && m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

void InstancePage::showMessage(const QString &text, Appearance::Feedback kind)
{
    const bool done = kind == Appearance::Feedback::Done;
    m_ui->messageLabel->setText(text.isEmpty() ? QString() : (done ? u"✓ "_s : u"✗ "_s) + text);
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, Appearance::feedbackColour(kind, this->palette()));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool InstancePage::signedInWithGlobalKey() const
{
    const auto &identity = m_repository->identity();
    return identity && identity->key && !identity->key->globalRoleNames().isEmpty() && m_state
        && m_state->snapshot.findKey(identity->key->id);
}

void InstancePage::refresh()
{
    if (!m_built)
        return;
    m_stale = false;
    m_state = m_repository->state(Instance::Id);
    const QString keyBefore = selectedKey() ? selectedKey()->key.id : QString();
    const QString entryBefore = selectedEntry() ? selectedEntry()->id : QString();
    m_ui->keysTableWidget->setRowCount(0);
    m_ui->entriesTableWidget->setRowCount(0);
    if (!m_state) {
        m_ui->entriesStateLabel->setText(tr("Nothing cached for the instance yet: sync it (F5)."));
        return updateButtons();
    }
    const OrgSnapshot &s = m_state->snapshot;
    const QString callerId = m_repository->policy().callerKeyId();
    m_ui->keysTableWidget->setRowCount(s.keysState.readable ? int(s.keys.size()) : 0);
    for (int row = 0; s.keysState.readable && row < s.keys.size(); ++row) {
        const ApiKey &k = s.keys.at(row).key;
        QString desc = k.desc;
        if (k.id == callerId)
            desc += u' ' + tr("(this console)");
        auto *first = cell(desc, tr("Key ID %1").arg(k.id));
        first->setData(Qt::UserRole, k.id);
        m_ui->keysTableWidget->setItem(row, 0, first);
        m_ui->keysTableWidget->setItem(row, 1, cell(k.publicKey));
        m_ui->keysTableWidget->setItem(row, 2,
                                       cell(k.privateKey, tr("Masked: the server shows it only once")));
        m_ui->keysTableWidget->setItem(row, 3,
                                       cell(roleNames(k.globalRoleNames()), k.globalRoleNames().join(u' ')));
    }
    m_ui->entriesTableWidget->setRowCount(s.globalAccessListState.readable ? int(s.globalAccessList.size())
                                                                           : 0);
    for (int row = 0; s.globalAccessListState.readable && row < s.globalAccessList.size(); ++row) {
        const GlobalAccessEntry &e = s.globalAccessList.at(row);
        auto *first = cell(e.displayValue(), tr("Entry ID %1 (%2)").arg(e.id, e.cidrBlock));
        first->setData(Qt::UserRole, e.id);
        m_ui->entriesTableWidget->setItem(row, 0, first);
        m_ui->entriesTableWidget->setItem(row, 1, cell(e.description));
        m_ui->entriesTableWidget->setItem(row, 2, cell(DateText::shown(e.created)));
        m_ui->entriesTableWidget->setItem(row, 3,
                                          cell(e.updated.isValid() ? DateText::shown(e.updated) : QString()));
    }
    m_ui->keysLabel->setText(s.keysState.readable
                                 ? tr("<b>Global API keys</b> (%1)").arg(s.keys.size())
                                 : tr("<b>Global API keys</b> — not readable: %1").arg(s.keysState.reason));
    if (!s.globalAccessListState.readable)
        m_ui->entriesStateLabel->setText(
            tr("The global access list could not be read: %1").arg(s.globalAccessListState.reason));
    else if (s.globalAccessList.isEmpty())
        m_ui->entriesStateLabel->setText(
            tr("The global access list is empty: no address is allowed to call with "
               "a global key (Ops Manager's documentation does not say whether an "
               "empty list means none or any)."));
    else
        m_ui->entriesStateLabel->setText(tr("%n entry(ies).", nullptr, int(s.globalAccessList.size())));
    if (!keyBefore.isEmpty())
        selectKey(keyBefore);
    if (!entryBefore.isEmpty())
        selectEntry(entryBefore);
    updateButtons();
}

void InstancePage::selectKey(const QString &keyId)
{
    if (!m_built)
        return;
    for (int row = 0; row < m_ui->keysTableWidget->rowCount(); ++row) {
        if (m_ui->keysTableWidget->item(row, 0)->data(Qt::UserRole).toString() == keyId)
            return m_ui->keysTableWidget->setCurrentCell(row, 0);
    }
}

void InstancePage::selectEntry(const QString &entryId)
{
    if (!m_built)
        return;
    for (int row = 0; row < m_ui->entriesTableWidget->rowCount(); ++row) {
        if (m_ui->entriesTableWidget->item(row, 0)->data(Qt::UserRole).toString() == entryId)
            return m_ui->entriesTableWidget->setCurrentCell(row, 0);
    }
}

void InstancePage::selectEntryShown(const QString &value)
{
    if (!m_built)
        return;
    for (int row = 0; row < m_ui->entriesTableWidget->rowCount(); ++row) {
        if (m_ui->entriesTableWidget->item(row, 0)->text() == value)
            return m_ui->entriesTableWidget->setCurrentCell(row, 0);
    }
}

void InstancePage::prefillEntry(const QString &address)
{
    if (!m_built)
        build();
    m_ui->entriesTableWidget->setCurrentCell(-1, -1);
    m_ui->addressLineEdit->setText(address);
    m_ui->entryDescriptionLineEdit->clear();
    m_ui->entryDescriptionLineEdit->setFocus();
}

const KeyRecord *InstancePage::selectedKey() const
{
    if (!m_built)
        return nullptr;
    const int row = m_ui->keysTableWidget->currentRow();
    if (!m_state || row < 0 || !m_ui->keysTableWidget->item(row, 0))
        return nullptr;
    return m_state->snapshot.findKey(m_ui->keysTableWidget->item(row, 0)->data(Qt::UserRole).toString());
}

const GlobalAccessEntry *InstancePage::selectedEntry() const
{
    if (!m_built)
        return nullptr;
    const int row = m_ui->entriesTableWidget->currentRow();
    if (!m_state || row < 0 || !m_ui->entriesTableWidget->item(row, 0))
        return nullptr;
    const QString id = m_ui->entriesTableWidget->item(row, 0)->data(Qt::UserRole).toString();
    for (const GlobalAccessEntry &e : m_state->snapshot.globalAccessList) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void InstancePage::updateButtons()
{
    if (!m_built)
        return;
    const AccessPolicy policy = m_repository->policy();
    const bool owner = policy.mayChangeInstance() && m_repository->isOnline() && m_state;
    const bool listReadable = m_state && m_state->snapshot.globalAccessListState.readable;
    m_ui->createKeyButton->setEnabled(owner);
    m_ui->editKeyButton->setEnabled(owner && selectedKey());
    m_ui->deleteKeyButton->setEnabled(owner && selectedKey());
    const bool entryOk = m_ui->entryProblemLabel->property("ok").toBool();
    m_ui->addEntryButton->setEnabled(owner && listReadable && entryOk);
    m_ui->saveDescriptionButton->setEnabled(
        owner && selectedEntry()
        && globalEntryDescriptionProblem(m_ui->entryDescriptionLineEdit->text()).isEmpty()
        && m_ui->entryDescriptionLineEdit->text().trimmed() != selectedEntry()->description);
    m_ui->deleteEntryButton->setEnabled(owner && selectedEntry());
    if (!m_repository->isOnline())
        m_ui->permissionLabel->setText(tr("Offline: the instance as last synced. Changes are disabled."));
    else if (policy.mayChangeInstance())
        m_ui->permissionLabel->setText(tr(
            "This connection holds Global Owner: it may change the global keys and the global access list."));
    else if (const auto &identity = m_repository->identity(); identity && identity->key)
        m_ui->permissionLabel->setText(
            tr("Read only: changing global keys and the global access list needs Global Owner; this "
               "connection holds %1.")
                .arg(identity->key->globalRoleNames().isEmpty()
                         ? tr("no global role")
                         : roleNames(identity->key->globalRoleNames())));
    else
        m_ui->permissionLabel->setText(tr("Read only until the server says who this connection is."));
}

void InstancePage::checkEntryInput()
{
    if (!m_built)
        return;
    const QString address = m_ui->addressLineEdit->text();
    const QString description = m_ui->entryDescriptionLineEdit->text();
    QString problem;
    if (!address.isEmpty()) {
        const IpParseResult parsed = IpBlock::parse(address);
        if (!parsed.ok()) {
            problem = parsed.message;
            if (!parsed.suggestion.isEmpty())
                problem += u' ' + tr("Did you mean %1?").arg(parsed.suggestion);
        } else if (m_state) {
            for (const GlobalAccessEntry &e : m_state->snapshot.globalAccessList) {
                if (e.block() == *parsed.block) {
                    problem = tr("%1 is already on the global access list (%2).")
                                  .arg(e.displayValue(), e.description);
                    break;
                }
            }
        }
        if (problem.isEmpty() && parsed.ok() && parsed.block->breadth() != IpBlock::Breadth::Narrow)
            problem = u"⚠ "_s
                + tr("%1 is a broad block: every global key could be used from any address in it.")
                      .arg(parsed.block->toString());
    }
    const bool blocking = !problem.isEmpty() && !problem.startsWith(u"⚠"_s);
    if (!blocking && !address.isEmpty() && !description.isEmpty())
        if (const QString d = globalEntryDescriptionProblem(description); !d.isEmpty())
            problem = d;
    const bool ok = !address.isEmpty() && IpBlock::parse(address).ok() && !blocking
        && globalEntryDescriptionProblem(description).isEmpty();
    m_ui->entryProblemLabel->setText(problem.isEmpty() || problem.startsWith(u"⚠"_s) ? problem
                                                                                     : u"✗ "_s + problem);
    m_ui->entryProblemLabel->setProperty("ok", ok);
    updateButtons();
}

void InstancePage::fillMyAddress()
{
    if (!m_built)
        return;
    // The address of this computer's end of a connection to the server: what the server sees, unless a
    // NAT or a proxy stands between (the tooltip says so). Asked asynchronously; the page never waits.
    const QUrl base = m_repository->client()->connection().apiBase;
    auto *socket = new QTcpSocket(this);
    m_ui->myAddressButton->setEnabled(false);
    const auto finish = [this, socket](const QString &failure) {
        if (socket->property("done").toBool())
            return;
        socket->setProperty("done", true);
        m_ui->myAddressButton->setEnabled(true);
        if (failure.isEmpty()) {
            m_localAddress = IpBlock::unmapped(socket->localAddress()).toString();
            m_ui->addressLineEdit->setText(m_localAddress);
            if (m_ui->entryDescriptionLineEdit->text().isEmpty())
                m_ui->entryDescriptionLineEdit->setText(tr("This computer (added from API Access Console)"));
        } else {
            showMessage(tr("Could not find this computer's address: %1").arg(failure),
                        Appearance::Feedback::Failed);
        }
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QTcpSocket::connected, this, [finish] { finish({}); });
    connect(socket, &QTcpSocket::errorOccurred, this, [finish, socket] { finish(socket->errorString()); });
    QTimer::singleShot(AddressProbeMs, socket,
                       [this, finish] { finish(tr("the server did not answer in time")); });
    socket->connectToHost(base.host(), quint16(base.port(base.scheme() == u"https"_s ? 443 : 80)));
}

void InstancePage::createKey()
{
    if (!m_built)
        return;
    if (!m_ui->createKeyButton->isEnabled())
        return;
    m_create = new CreateKeyDialog(RoleScope::Global, ServerKind::OpsManager, QString(), this);
    m_create->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<CreateKeyDialog> dialog = m_create;
    connect(
        m_create, &CreateKeyDialog::createRequested, this,
        [this, dialog](const QString &desc, const QStringList &roles) {
            m_repository->changes()->createGlobalKey(desc, roles, this, [this, dialog](ApiResult<ApiKey> r) {
                if (!dialog)
                    return;
                if (!r.ok())
                    return dialog->showError(r.error().explanation());
                dialog->showCreated(r.value());
                selectKey(r.value().id);
                showMessage(tr("Created the global key %1 (%2). Add its clients' addresses to the global "
                               "access list below.")
                                .arg(r.value().publicKey, r.value().desc));
            });
        });
    connect(m_create, &CreateKeyDialog::entriesRequested, this, [dialog] {
        if (dialog)
            dialog->finishEntries(); // a global key has no list of its own
    });
    m_create->open();
}

void InstancePage::editKey()
{
    if (!m_built)
        return;
    const KeyRecord *k = selectedKey();
    if (!k || !m_ui->editKeyButton->isEnabled())
        return;
    const ApiKey key = k->key;
    m_edit = new EditKeyDialog(key, ServerKind::OpsManager, m_repository->policy().isCaller(key.id),
                               RoleScope::Global, this);
    m_edit->setWindowTitle(tr("Edit global API key %1").arg(key.publicKey));
    m_edit->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<EditKeyDialog> dialog = m_edit;
    connect(m_edit, &EditKeyDialog::saveRequested, this,
            [this, dialog, key](const std::optional<QString> &desc, const std::optional<QStringList> &roles) {
                m_repository->changes()->updateGlobalKey(
                    key.id, desc, roles, this, [this, dialog, key](ApiResult<ApiKey> r) {
                        if (!r.ok()) {
                            if (dialog)
                                dialog->showError(r.error().explanation());
                            return;
                        }
                        if (dialog)
                            dialog->accept();
                        showMessage(tr("Saved %1.").arg(key.publicKey));
                    });
            });
    m_edit->open();
}

void InstancePage::deleteKey()
{
    if (!m_built)
        return;
    const KeyRecord *k = selectedKey();
    if (!k || !m_ui->deleteKeyButton->isEnabled())
        return;
    const QString keyId = k->key.id;
    const QString name = u"%1 (%2)"_s.arg(k->key.publicKey, k->key.desc);
    const bool self = m_repository->policy().isCaller(keyId);
    QString text
        = tr("Delete the global API key %1? Every client using it is refused at once; this cannot be "
             "undone.")
              .arg(name);
    if (self)
        text += u"\n\n⚠ "_s
            + tr("This console is connected with this key. Deleting it locks this console out at once: "
                 "connect "
                 "with another key to go on.");
    m_confirm
        = new QMessageBox(QMessageBox::Warning, tr("Delete global key?"), text, QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmDeleteGlobalKeyDialog"_s);
    QPushButton *confirm = m_confirm->addButton(
        self ? tr("Delete and lock this console out") : tr("Delete key"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, confirm, keyId, name](QAbstractButton *b) {
        if (b != confirm)
            return;
        m_repository->changes()->deleteGlobalKey(keyId, this, [this, name](ApiResult<Done> done) {
            showMessage(done.ok() ? tr("Deleted %1.").arg(name)
                                  : tr("Not deleted. %1").arg(done.error().explanation()),
                        done.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
        });
    });
    m_confirm->open();
}

void InstancePage::addEntry()
{
    if (!m_built)
        return;
    if (!m_ui->addEntryButton->isEnabled())
        return;
    const IpBlock block = *IpBlock::parse(m_ui->addressLineEdit->text()).block;
    const QString description = m_ui->entryDescriptionLineEdit->text().trimmed();
    m_ui->addEntryButton->setEnabled(false);
    m_repository->changes()->addGlobalEntry(
        block, description, this, [this, block](ApiResult<GlobalAccessEntry> r) {
            if (!r.ok()) {
                showMessage(tr("%1 was not added. %2").arg(block.toString(), r.error().explanation()),
                            Appearance::Feedback::Failed);
                return checkEntryInput();
            }
            m_ui->addressLineEdit->clear();
            m_ui->entryDescriptionLineEdit->clear();
            selectEntry(r.value().id);
            showMessage(
                tr("Added %1 to the global access list. The server may take up to an hour to apply it.")
                    .arg(block.toString()));
        });
}

void InstancePage::saveDescription()
{
    if (!m_built)
        return;
    const GlobalAccessEntry *e = selectedEntry();
    if (!e || !m_ui->saveDescriptionButton->isEnabled())
        return;
    const GlobalAccessEntry entry = *e;
    m_repository->changes()->updateGlobalEntry(
        entry, m_ui->entryDescriptionLineEdit->text().trimmed(), this,
        [this, entry](ApiResult<GlobalAccessEntry> r) {
            showMessage(r.ok() ? tr("Saved the description of %1.").arg(entry.displayValue())
                               : tr("Not saved. %1").arg(r.error().explanation()),
                        r.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
        });
}

void InstancePage::deleteEntry()
{
    if (!m_built)
        return;
    const GlobalAccessEntry *e = selectedEntry();
    if (!e || !m_ui->deleteEntryButton->isEnabled())
        return;
    const GlobalAccessEntry entry = *e;
    const QList<GlobalAccessEntry> &list = m_state->snapshot.globalAccessList;
    QString text = tr("Remove %1 (%2) from the global access list? Global keys are then refused from there.")
                       .arg(entry.displayValue(), entry.description);
    bool lockout = false;
    // The entry that lets this console in: when it signs in with a global key and no other entry covers
    // the address it reaches the server from.
    if (const QHostAddress own(m_localAddress);
        signedInWithGlobalKey() && !own.isNull() && entry.block().contains(own)) {
        QList<GlobalAccessEntry> others = list;
        others.removeIf([&](const GlobalAccessEntry &x) { return x.id == entry.id; });
        lockout = globalEntryCovering(others, own) < 0;
        if (lockout)
            text += u"\n\n⚠ "_s
                + tr("This console calls with a global key from %1, and no other entry covers it: once the "
                     "server applies the change, it refuses this console.")
                      .arg(own.toString());
    } else if (signedInWithGlobalKey()) {
        text += u"\n\n"_s
            + tr("This console calls with a global key; use “My current address” first to have it check that "
                 "this entry is not the one letting it in.");
    }
    if (list.size() == 1)
        text += u"\n\n⚠ "_s + tr("It is the last entry: no address will be on the global access list.");
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Remove global access list entry?"), text,
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmRemoveGlobalEntryDialog"_s);
    QPushButton *confirm = m_confirm->addButton(
        lockout ? tr("Remove and lock this console out") : tr("Remove entry"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, confirm, entry](QAbstractButton *b) {
        if (b != confirm)
            return;
        m_repository->changes()->deleteGlobalEntry(entry.id, this, [this, entry](ApiResult<Done> done) {
            showMessage(done.ok() ? tr("Removed %1 from the global access list.").arg(entry.displayValue())
                                  : tr("Not removed. %1").arg(done.error().explanation()),
                        done.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
        });
    });
    m_confirm->open();
}
