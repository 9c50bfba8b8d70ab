// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Characters a person cannot see in what they typed or pasted, named so a message can point at them.
namespace TextChecks {

// Control characters (C0, DEL, C1), format characters (direction overrides and isolates, zero-width
// spaces and joiners, byte-order marks), surrogates, private-use and unassigned code points.
bool isInvisible(QChar c);
// U+202A–U+202E and U+2066–U+2069: they make text display as something other than what it is.
bool isDirectionOverride(QChar c);
// "202E" (the part after "U+").
QString codePoint(QChar c);

} // namespace TextChecks
