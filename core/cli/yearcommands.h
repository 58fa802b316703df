#pragma once

#include "cli/clicommand.h"

namespace herkomst::cli {

// The commands over several years of one data set (docs/design.md, "Years").

// herkomst-cli trend: the funnel for every year of the data set, as a table (steps by years) or as
// JSON {"years": [{"year", "funnel": [{step, kept, dropped, undetermined}]}]}; each year's funnel
// is what `analyse --year` gives for it.
class TrendCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("trend"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

// herkomst-cli compare --from Y1 --to Y2: the products after the last step that are new, gone and
// persistent between two years, and for each new or gone one the step that keeps it out and its
// values in both years. JSON {"new", "gone", "persistent", "changes": [{hs6, from, to, reason}]}.
class CompareCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
