// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorOptions.h"

int EmulatorOptions::serviceMajorVersion() const
{
    return serviceVersion.section(u'.', 0, 0).toInt();
}

bool EmulatorOptions::legacyPaths() const
{
    return serviceMajorVersion() < 5;
}
