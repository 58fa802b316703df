#pragma once

#include "import/importer.h"

namespace herkomst {

// Eurostat Comext bulk downloads: the full monthly or annual files (full_v2_YYYYMM.dat,
// full_v2_YYYY52 for a whole year) and newer extracts such as DS-045409 (SDMX-CSV with an
// indicators column). Per row one declarant (reporter), partner, CN8 product, flow (1 import,
// 2 export), period and VALUE_IN_EUROS; quantities are ignored. CN8 is summed into HS6, months
// into years. Confidential partners (QU..QZ) are stored as pseudo-partners with a secret or
// unknown value, never as zero for a known country. Comext has no world market, so the world HHI
// step of the funnel stays undetermined unless another data set supplies it.
class ComextImporter : public Importer {
public:
    QString key() const override { return QStringLiteral("comext"); }
    QString displayName() const override;
    int detect(const QStringList &files) const override;
    FormatLayout layout() const override;
    bool read(ImportJob &job) override;
};

} // namespace herkomst
