// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The languages built into the binary (the .qm files of translations/*.ts, as resources) and Qt's own
// translations of its standard dialogs.
namespace Translations {
// "en" first, then the translated languages: "de", "fr", "es", "ja", "zh_CN".
QStringList available();
// The language's own name: "Deutsch", "日本語"…
QString nativeName(const QString &code);
// The code of a supported language best matching a name like "de_AT" or "zh-Hans"; empty if none.
QString match(const QString &requested);
// Installs the translators for code (replacing earlier ones) and makes it the default locale; false
// when code is not a supported language.
bool install(const QString &code);
} // namespace Translations
