// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dataset.h"
#include "EmulatorOptions.h"

#include <QStringList>

// The command line of apiaccess-emulator, parsed into options and a dataset.
struct EmulatorCommandLine
{
    EmulatorOptions options;
    Dataset dataset;
    QString statePath;
    QString error; // set when the command line is wrong
    bool exitNow = false; // --help / --version printed

    static EmulatorCommandLine parse(const QStringList &arguments);
};
