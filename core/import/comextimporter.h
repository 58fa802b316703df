#pragma once

#include "import/importer.h"

namespace herkomst {

// Eurostat Comext bulk downloads: the full monthly or annual files (full_v2_YYYYMM.dat,
// full_v2_YYYY52 for a whole year) and newer extracts such as DS-045409 (SDMX-CSV with an
// indicators column). Per row one declarant (reporter), partner, CN8 product, flow (1 import,
// 2 export), period and VALUE_IN_EUROS; quantities are ignored. CN8 is summed into HS6, months
// into years. Confidential and unspecified partners (QP..QZ) keep their known value as blocks
// under their own code (docs/design.md §1): in the product's imports, never a supplier. Comext
// has no world market, so the world HHI step of the funnel stays undetermined, with a warning.
class ComextImporter : public Importer {
public:
    QString key() const override { return QStringLiteral("comext"); }
    QString displayName() const override;
    FormatLayout layout() const override;
    bool read(ImportJob &job) override;

protected:
    int detectFiles(const QStringList &files) const override;
};

} // namespace herkomst
