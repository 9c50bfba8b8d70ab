// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

// Work the GUI thread hands off (parsing, merging, the timeline, the report, exports, the cache thread)
// runs at a lower scheduling priority than the GUI thread. Qt paints large areas with the help of a
// thread pool of its own, and the GUI thread waits for those helpers (QRasterPaintEngine: a
// QSemaphore::acquire under QWidget::paintEvent, sampled in bench_gui_stall's History scenario while the
// timeline was built and two snapshots were read): on two cores busy with background work the helpers,
// and so the window, waited for a time slice. Lowered, the background work yields to them. On an idle
// machine it is no slower.
namespace Background {

// Lowers the calling thread's priority once (Linux: nice +5 for this thread; elsewhere nothing). A pool
// thread stays lowered for whatever it runs next — in this program every pool job is background work.
void lowerThisThread();

// QtConcurrent::run on the global pool, on a lowered thread.
template<typename Function> auto run(Function &&function)
{
    return QtConcurrent::run([function = std::forward<Function>(function)]() mutable {
        lowerThisThread();
        return function();
    });
}

} // namespace Background
