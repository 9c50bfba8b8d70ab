// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Offline review on a maximal organization (500 keys × 20 entries): the address check across all keys,
// the hygiene report and a diff of two snapshots, beside a baseline measured in the same run (one pass
// over every entry, summing its counter). Figures are printed, never asserted.
#include "AddressCheck.h"
#include "HygieneReport.h"
#include "MaximalOrg.h"
#include "SnapshotDiff.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>

namespace {
template<typename F> double medianMs(F &&work, int runs = 21)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(runs / 2);
}
} // namespace

class BenchReview : public QObject
{
    Q_OBJECT
private slots:
    void maximalOrganization()
    {
        const OrgSnapshot before = maximal();
        OrgSnapshot after = before;
        for (int k = 0; k < 500; k += 7)
            after.keys[k].accessList[3].count += 10;
        after.keys[11].key.desc = u"renamed"_s;
        after.keys.removeAt(42);
        qint64 sink = 0;
        const double baseline = medianMs([&] {
            for (const auto &k : before.keys)
                for (const auto &e : k.accessList)
                    sink += e.count;
        });
        const double check
            = medianMs([&] { sink += checkAddress(before, QHostAddress(u"10.1.200.7"_s)).size(); });
        const double report = medianMs([&] { sink += hygieneReport(before).size(); });
        const double diff = medianMs([&] { sink += diffSnapshots(before, after).keys.size(); });
        qInfo("one pass over 10,000 entries (baseline): %.2f ms", baseline);
        qInfo("address check across 500 keys: %.2f ms (%.0fx the baseline; target: within one 16 ms frame)",
              check, check / baseline);
        qInfo("hygiene report: %.2f ms (%.0fx; target under 200 ms)", report, report / baseline);
        qInfo("diff of two snapshots: %.2f ms (%.0fx; target under 200 ms)", diff, diff / baseline);
        QVERIFY(sink != 0);
    }
};

APIACCESS_GUILESS_TEST_MAIN(BenchReview)
#include "bench_review.moc"
