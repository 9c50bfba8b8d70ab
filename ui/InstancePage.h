// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Appearance.h"
#include "OrgState.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class CreateKeyDialog;
class EditKeyDialog;
class QMessageBox;
class Repository;

namespace Ui {
class InstancePage;
}

// Ops Manager's instance (Instance::Id): its global API keys with their global roles, and the global access
// list that covers them all (entries keyed by ID, each with a description). Reads the in-memory state. A
// Global Owner creates a key (its private key shown once), edits or deletes one (this console's own key
// called out), adds an entry (the strict parser and the description checked before sending; "My current
// address" asks the operating system which address reaches the server), changes an entry's description, or
// removes an entry (warned when it is the one that lets this console in). Anyone else sees the page read
// only, with the reason.
class InstancePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePage)

public:
    explicit InstancePage(Repository *repository, QWidget *parent = nullptr);
    ~InstancePage() override;

    // The changes, also for tests.
    void createKey();
    void editKey();
    void deleteKey();
    void addEntry();
    void saveDescription();
    void deleteEntry();
    void fillMyAddress();
    void selectKey(const QString &keyId);
    void selectEntry(const QString &entryId);
    // The entry a finding names by its address or block as shown.
    void selectEntryShown(const QString &value);
    // An address to add, as the address check offers it: in the form, the description to be written.
    void prefillEntry(const QString &address);
    CreateKeyDialog *createKeyDialog() const { return m_create; }
    EditKeyDialog *editKeyDialog() const { return m_edit; }
    QMessageBox *confirmDialog() const { return m_confirm; }
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void refresh();
    void updateButtons();
    void checkEntryInput();
    void showMessage(const QString &text, Appearance::Feedback kind = Appearance::Feedback::Done);
    const KeyRecord *selectedKey() const;
    const GlobalAccessEntry *selectedEntry() const;
    // Whether this console calls with a global key, and from which address (as the operating system sees
    // the connection to the server; empty until asked for).
    bool signedInWithGlobalKey() const;

    std::unique_ptr<Ui::InstancePage> m_ui;
    Repository *m_repository;
    OrgStatePtr m_state;
    bool m_built = false;
    bool m_stale = true;
    QString m_localAddress; // the address this computer used to reach the server, when asked for
    QPointer<CreateKeyDialog> m_create;
    QPointer<EditKeyDialog> m_edit;
    QPointer<QMessageBox> m_confirm;
};
