// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Light and dark themes (Fusion with a palette of ours), or the system's own style and palette.
namespace Appearance {
enum class Theme { System, Light, Dark };

Theme themeFromName(const QString &name); // "light", "dark", anything else: System
QString themeName(Theme theme);
// Applies to the whole application, at once.
void applyTheme(Theme theme);
Theme currentTheme();
} // namespace Appearance
