// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QPalette;

// Light and dark themes (Fusion with a palette of ours), or the system's own style and palette.
namespace Appearance {
enum class Theme { System, Light, Dark };

Theme themeFromName(const QString &name); // "light", "dark", anything else: System
QString themeName(Theme theme);
// Applies to the whole application, at once.
void applyTheme(Theme theme);
Theme currentTheme();

// A colour pair that must stay readable, with the WCAG 2.1 contrast it needs: 4.5:1 for text (disabled
// text included), 3:1 for what marks a control (the edge of a check box against its background).
struct ContrastPair
{
    QString what;
    QColor foreground;
    QColor background;
    double minimum;
};
// The pairs of a theme of ours (Light or Dark).
QList<ContrastPair> contrastPairs(Theme theme);
// WCAG 2.1 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter first.
double contrastRatio(const QColor &a, const QColor &b);
// The edge drawn around check boxes and radio buttons in a theme of ours (Fusion's own is too faint).
QColor controlEdge(Theme theme);
// A message saying that an action was done, or that it failed: besides its sign (✓, ✗), a colour that
// reads on the palette's window colour (green, red; lighter on a dark window) — the palette's own text
// colour when neither would reach 4.5:1.
enum class Feedback { Done, Failed };
QColor feedbackColour(Feedback kind, const QPalette &palette);
} // namespace Appearance
