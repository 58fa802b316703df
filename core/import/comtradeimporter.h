#pragma once

#include "import/importer.h"

namespace herkomst {

// UN Comtrade CSV downloads, both the current API/bulk columns (reporterISO, partnerISO,
// flowCode M/X, cmdCode, primaryValue in USD, period/refYear) and the older "Reporter ISO",
// "Partner ISO", "Trade Flow", "Commodity Code", "Trade Value (US$)" header. Only HS6 rows are
// used; totals, chapters and headings are skipped and counted. World (0, W00, WLD) is no country:
// it checks the partner sum and gives the export total. "Other Asia, nes" (490, S19) is Taiwan.
// Other "nes" areas, bunkers, free zones and special categories keep their value as blocks under
// their own code and name (docs/design.md §1): in the product's imports, never a supplier.
class ComtradeImporter : public Importer {
public:
    QString key() const override { return QStringLiteral("comtrade"); }
    QString displayName() const override;
    FormatLayout layout() const override;
    bool read(ImportJob &job) override;

protected:
    int detectFiles(const QStringList &files) const override;
};

} // namespace herkomst
