// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotateKeyDialog.h"

#include "DateText.h"
#include "RoleCatalogue.h"

#include "ui_RotateKeyDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
enum Page { PlanPage, CopyPage, HandOverPage };
enum Group { RolesGroup, ProjectsGroup, EntriesGroup };
constexpr int ValueRole = Qt::UserRole + 1; // a project's ID, an entry's block
} // namespace

RotateKeyDialog::RotateKeyDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotateKeyDialog>())
{
    m_ui->setupUi(this);
    m_ui->usageTreeWidget->header()->setStretchLastSection(true);
    connect(m_ui->showPrivateKeyCheckBox, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->privateKeyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->copyPrivateKeyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->privateKeyLineEdit->text()); });
    connect(m_ui->copyBothButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
            tr("Public key: %1\nPrivate key: %2")
                .arg(m_ui->publicKeyLineEdit->text(), m_ui->privateKeyLineEdit->text()));
    });
    connect(m_ui->descriptionLineEdit, &QLineEdit::textChanged, this, &RotateKeyDialog::updateButtons);
    connect(m_ui->planTreeWidget, &QTreeWidget::itemChanged, this, &RotateKeyDialog::updateButtons);
    connect(m_ui->copiedCheckBox, &QCheckBox::toggled, this, [this] {
        m_ui->errorLabel->setVisible(false);
        updateButtons();
    });
    connect(m_ui->switchedCheckBox, &QCheckBox::toggled, this, &RotateKeyDialog::updateButtons);
    connect(m_ui->closePlanButton, &QPushButton::clicked, this, &RotateKeyDialog::reject);
    connect(m_ui->laterButton, &QPushButton::clicked, this, &RotateKeyDialog::reject);
    connect(m_ui->startButton, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_ui->errorLabel->setVisible(false);
        m_ui->progressLabel->setText(tr("Creating the new key…"));
        m_ui->privateKeyGroupBox->setVisible(false);
        m_ui->pages->setCurrentIndex(CopyPage);
        updateButtons();
        emit startRequested(plan());
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_ui->errorLabel->setVisible(false);
        m_ui->progressLabel->setText(tr("Resuming…"));
        updateButtons();
        emit resumeRequested();
    });
    connect(m_ui->continueButton, &QPushButton::clicked, this, [this] {
        m_ui->pages->setCurrentIndex(HandOverPage);
        updateButtons();
    });
    connect(m_ui->rereadButton, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_ui->errorLabel->setVisible(false);
        updateButtons();
        emit rereadRequested();
    });
    connect(m_ui->finishButton, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_ui->errorLabel->setVisible(false);
        updateButtons();
        emit finishRequested();
    });
    connect(m_ui->cancelRotationButton, &QPushButton::clicked, this, &RotateKeyDialog::confirmCancel);
    connect(m_ui->cancelHandOverButton, &QPushButton::clicked, this, &RotateKeyDialog::confirmCancel);
    updateButtons();
}

RotateKeyDialog::~RotateKeyDialog() = default;

void RotateKeyDialog::setPlan(const KeyRecord &old, const RotationPlan &plan,
                              const QHash<QString, QString> &projectNames)
{
    m_plan = plan;
    setWindowTitle(tr("Rotate API key %1").arg(old.key.publicKey));
    m_ui->descriptionLineEdit->setText(plan.description);
    const QSignalBlocker blocker(m_ui->planTreeWidget);
    m_ui->planTreeWidget->clear();
    const auto group = [this](const QString &title, int kind) {
        auto *item = new QTreeWidgetItem(m_ui->planTreeWidget, {title});
        item->setData(0, ValueRole, kind);
        item->setExpanded(true);
        return item;
    };
    QStringList roles;
    for (const QString &r : plan.orgRoles)
        roles.append(RoleCatalogue::displayName(r));
    // The organization roles are the key's own: a key needs at least one, so they are not left out.
    group(tr("Organization roles: %1").arg(roles.join(u", "_s)), RolesGroup);
    QTreeWidgetItem *projects = group(tr("Projects (%n)", nullptr, int(plan.projects.size())), ProjectsGroup);
    for (const RotationPlan::Project &p : plan.projects) {
        QStringList names;
        for (const QString &r : p.roles)
            names.append(RoleCatalogue::displayName(r));
        auto *item = new QTreeWidgetItem(
            projects, {tr("%1: %2").arg(projectNames.value(p.groupId, p.groupId), names.join(u", "_s))});
        item->setData(0, ValueRole, p.groupId);
        item->setCheckState(0, Qt::Checked);
    }
    QTreeWidgetItem *entries = group(tr("Access list (%n)", nullptr, int(plan.entries.size())), EntriesGroup);
    for (const QString &e : plan.entries) {
        auto *item = new QTreeWidgetItem(entries, {e});
        item->setData(0, ValueRole, e);
        item->setCheckState(0, Qt::Checked);
    }
    m_ui->planTreeWidget->expandAll();
    m_ui->pages->setCurrentIndex(PlanPage);
    updateButtons();
}

RotationPlan RotateKeyDialog::plan() const
{
    RotationPlan plan = m_plan;
    plan.description = m_ui->descriptionLineEdit->text().trimmed();
    plan.projects.clear();
    plan.entries.clear();
    for (int g = 0; g < m_ui->planTreeWidget->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_ui->planTreeWidget->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem *item = group->child(i);
            if (item->checkState(0) != Qt::Checked)
                continue;
            const QString value = item->data(0, ValueRole).toString();
            if (group->data(0, ValueRole).toInt() == ProjectsGroup) {
                for (const RotationPlan::Project &p : m_plan.projects) {
                    if (p.groupId == value)
                        plan.projects.append(p);
                }
            } else {
                plan.entries.append(value);
            }
        }
    }
    return plan;
}

void RotateKeyDialog::showCreated(const ApiKey &key)
{
    m_ui->publicKeyLineEdit->setText(key.publicKey);
    m_ui->privateKeyLineEdit->setText(key.privateKey);
    m_ui->privateKeyGroupBox->setVisible(true);
    m_ui->copiedCheckBox->setChecked(false);
    m_ui->progressLabel->setText(tr("Copying the roles, projects and entries to the new key…"));
    m_ui->privateKeyLineEdit->setFocus();
    updateButtons();
}

void RotateKeyDialog::showRotation(const Rotation &rotation, const QString &problem)
{
    m_busy = false;
    m_rotation = rotation;
    if (windowTitle().isEmpty() || windowTitle() == u"Rotate API key"_s)
        setWindowTitle(tr("Rotate API key %1").arg(rotation.oldPublicKey));
    if (m_plan.description.isEmpty())
        m_plan = rotation.plan;
    if (rotation.newKeyId.isEmpty() && rotation.orgId.isEmpty()) { // refused before anything was made
        m_ui->pages->setCurrentIndex(PlanPage);
        showError(problem);
        return updateButtons();
    }
    if (m_ui->privateKeyLineEdit->text().isEmpty())
        m_ui->privateKeyGroupBox->setVisible(false); // shown when it was made, not again
    const int projects = int(rotation.plan.projects.size());
    const int entries = int(rotation.plan.entries.size());
    if (!problem.isEmpty()) {
        m_ui->progressLabel->setText(u"✗ "_s + problem);
        if (m_ui->pages->currentIndex() == PlanPage)
            m_ui->pages->setCurrentIndex(CopyPage);
    } else if (rotation.step == Rotation::Step::Ready) {
        m_ui->progressLabel->setText(
            u"✓ "_s
            + tr("The new key %1 equals the plan: %2, %3. Give it to the clients, then continue.")
                  .arg(rotation.newPublicKey, tr("%n project(s)", nullptr, projects),
                       tr("%n access-list entry(s)", nullptr, entries)));
        if (m_ui->pages->currentIndex() == PlanPage) // opened again at this step
            m_ui->pages->setCurrentIndex(HandOverPage);
    } else {
        m_ui->progressLabel->setText(
            rotation.problem.isEmpty()
                ? tr("The rotation stopped at step “%1”: resume it.").arg(Rotation::stepName(rotation.step))
                : u"✗ "_s + rotation.problem);
        m_ui->pages->setCurrentIndex(CopyPage);
    }
    updateButtons();
}

void RotateKeyDialog::showUsage(const KeyRecord *old, const KeyRecord *made)
{
    m_busy = false;
    m_ui->usageTreeWidget->clear();
    const auto add = [this](const KeyRecord *k, const QString &which) {
        if (!k)
            return;
        if (k->accessList.isEmpty())
            new QTreeWidgetItem(
                m_ui->usageTreeWidget,
                {which, tr("(no entries)"), DateText::shown(k->lastUsed()), QString(), QString()});
        for (const AccessListEntry &e : k->accessList)
            new QTreeWidgetItem(m_ui->usageTreeWidget,
                                {which, e.displayValue(),
                                 e.lastUsed.isValid() ? DateText::shown(e.lastUsed) : tr("never"),
                                 QString::number(e.count), e.lastUsedAddress});
    };
    add(old, m_rotation ? tr("old: %1").arg(m_rotation->oldPublicKey) : tr("old"));
    add(made, m_rotation ? tr("new: %1").arg(m_rotation->newPublicKey) : tr("new"));
    for (int c = 0; c < m_ui->usageTreeWidget->columnCount() - 1; ++c)
        m_ui->usageTreeWidget->resizeColumnToContents(c);
    QString summary;
    const QDateTime created = m_rotation ? m_rotation->newKeyCreatedAt : QDateTime();
    const QDateTime oldUse = old ? old->lastUsed() : QDateTime();
    const QDateTime newUse = made ? made->lastUsed() : QDateTime();
    if (!old)
        summary = tr("The old key is no longer in the organization.");
    else if (!old->accessListState.readable)
        summary = tr("The old key's use cannot be read with this key.");
    else if (created.isValid() && (!oldUse.isValid() || oldUse < created))
        summary = tr("The old key has not been used since the new key was created (%1).")
                      .arg(DateText::shown(created));
    else if (oldUse.isValid())
        summary
            = tr("The old key was last used %1 — after the new key was created: some client still uses it.")
                  .arg(DateText::shown(oldUse));
    summary += u' '
        + (newUse.isValid() ? tr("The new key was last used %1.").arg(DateText::shown(newUse))
                            : tr("The new key has not been used yet."));
    m_ui->handOverLabel->setText(summary);
    updateButtons();
}

void RotateKeyDialog::showError(const QString &explanation)
{
    m_busy = false;
    m_ui->errorLabel->setText(explanation.isEmpty() ? QString() : u"✗ "_s + explanation);
    m_ui->errorLabel->setVisible(!explanation.isEmpty());
    updateButtons();
}

void RotateKeyDialog::showEnded()
{
    m_busy = false;
    m_ui->privateKeyLineEdit->clear();
    accept();
}

QString RotateKeyDialog::privateKeyShown() const
{
    return m_ui->privateKeyLineEdit->text();
}

int RotateKeyDialog::page() const
{
    return m_ui->pages->currentIndex();
}

void RotateKeyDialog::updateButtons()
{
    const int page = m_ui->pages->currentIndex();
    m_ui->stepLabel->setText(page == CopyPage ? tr("Step 2 of 3: the new key, copied and checked.")
                                 : page == HandOverPage
                                 ? tr("Step 3 of 3: switch the clients, then delete the old key.")
                                 : tr("Step 1 of 3: what the new key gets."));
    const QString problem = keyDescriptionProblem(m_ui->descriptionLineEdit->text().trimmed());
    m_ui->descriptionMessageLabel->setText(problem.isEmpty() ? QString() : u"✗ "_s + problem);
    m_ui->startButton->setEnabled(!m_busy && problem.isEmpty() && !m_plan.orgRoles.isEmpty());
    const bool keyShown = !m_ui->privateKeyLineEdit->text().isEmpty();
    const bool acknowledged = !keyShown || m_ui->copiedCheckBox->isChecked();
    const bool ready = m_rotation && m_rotation->step == Rotation::Step::Ready;
    m_ui->continueButton->setEnabled(!m_busy && ready && acknowledged);
    m_ui->resumeButton->setVisible(m_rotation && !ready);
    m_ui->resumeButton->setEnabled(!m_busy);
    m_ui->cancelRotationButton->setEnabled(!m_busy && m_rotation.has_value() && acknowledged);
    m_ui->cancelHandOverButton->setEnabled(!m_busy);
    m_ui->rereadButton->setEnabled(!m_busy);
    m_ui->finishButton->setEnabled(!m_busy && ready && m_ui->switchedCheckBox->isChecked());
}

void RotateKeyDialog::confirmCancel()
{
    const QString newKey
        = m_rotation && !m_rotation->newPublicKey.isEmpty() ? m_rotation->newPublicKey : tr("(none yet)");
    m_confirm
        = new QMessageBox(QMessageBox::Question, tr("Cancel the rotation"),
                          tr("Delete the new key %1? A client already switched to it stops working at once. "
                             "The old key stays as it was.")
                              .arg(newKey),
                          QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmCancelRotation"_s);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm->addButton(tr("&Delete the new key"), QMessageBox::DestructiveRole)
        ->setObjectName(u"confirmButton"_s);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (m_confirm->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        m_busy = true;
        updateButtons();
        emit cancelRequested();
    });
    m_confirm->open();
}

void RotateKeyDialog::reject()
{
    // Not before the private key was copied: it would be lost for good.
    if (!m_ui->privateKeyLineEdit->text().isEmpty() && !m_ui->copiedCheckBox->isChecked()) {
        showError(
            tr("Copy the private key and tick the box first: it cannot be shown again. (The rotation is "
               "kept: open Rotate… on the key to go on.)"));
        return;
    }
    m_ui->privateKeyLineEdit->clear();
    QDialog::reject();
}
