#pragma once

#include "import/importer.h"

namespace herkomst {

// CEPII BACI year files (BACI_HS??_Y????_V??????.csv: t,i,j,k,v,q, v in thousands of USD) with the
// release's country_codes_V*.csv and product_codes_HS??_V*.csv. Stores the chosen reporters'
// imports by partner and exports, and world exports by exporter (so the world-market HHI of
// every product can be computed), all in USD.
class BaciImporter : public Importer {
public:
    QString key() const override { return QStringLiteral("baci"); }
    QString displayName() const override;
    FormatLayout layout() const override;
    bool read(ImportJob &job) override;

protected:
    int detectFiles(const QStringList &files) const override;
};

} // namespace herkomst
