// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKey.h"

#include "TextChecks.h"

#include <QCoreApplication>

QStringList ApiKey::orgRoleNames() const
{
    QStringList names;
    for (const auto &role : roles) {
        if (role.isOrgRole())
            names.append(role.roleName);
    }
    return names;
}

QStringList ApiKey::globalRoleNames() const
{
    QStringList names;
    for (const auto &role : roles) {
        if (role.isGlobalRole())
            names.append(role.roleName);
    }
    return names;
}

QStringList ApiKey::projectRoleNames(const QString &groupId) const
{
    QStringList names;
    for (const auto &role : roles) {
        if (role.groupId == groupId)
            names.append(role.roleName);
    }
    return names;
}

QStringList ApiKey::projectIds() const
{
    QStringList ids;
    for (const auto &role : roles) {
        if (!role.isOrgRole() && !ids.contains(role.groupId))
            ids.append(role.groupId);
    }
    return ids;
}

bool ApiKey::hasOrgRole(QStringView roleName) const
{
    for (const auto &role : roles) {
        if (role.isOrgRole() && role.roleName == roleName)
            return true;
    }
    return false;
}

QString keyDescriptionProblem(const QString &desc)
{
    if (desc.trimmed().isEmpty())
        return QCoreApplication::translate("ApiKey",
                                           "Enter a description: it is how people recognise the key.");
    for (qsizetype i = 0; i < desc.size(); ++i) {
        const QChar c = desc.at(i);
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("ApiKey",
                                               "The description contains a control character (U+%1) at "
                                               "position %2; remove it.")
                .arg(TextChecks::codePoint(c))
                .arg(i + 1);
        // Other format characters stay allowed: emoji sequences need the zero-width joiner.
        if (TextChecks::isDirectionOverride(c))
            return QCoreApplication::translate("ApiKey",
                                               "The description contains a text direction override (U+%1) at "
                                               "position %2, which makes it display differently from what it "
                                               "is; remove it.")
                .arg(TextChecks::codePoint(c))
                .arg(i + 1);
    }
    if (desc.size() > 250)
        return QCoreApplication::translate(
                   "ApiKey", "The description has %1 characters; the server accepts at most 250.")
            .arg(desc.size());
    return {};
}

bool isObjectId(QStringView text)
{
    if (text.size() != 24)
        return false;
    for (const QChar c : text) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        if (!hex)
            return false;
    }
    return true;
}

ApiKey ApiKey::masked() const
{
    ApiKey copy = *this;
    copy.privateKey = maskedPrivateKey(privateKey);
    return copy;
}

QString ApiKey::maskedPrivateKey(const QString &privateKey)
{
    if (privateKey.isEmpty() || privateKey.startsWith(u'*'))
        return privateKey;
    return QStringLiteral("********-****-****-") + privateKey.right(12);
}
