#pragma once

#include <QHash>
#include <QString>

namespace herkomst {

// The HS 2022 nomenclature's English texts (resources/reference/hs2022-nomenclature.csv, UN
// Comtrade via datasets/harmonized-system, ODC-PDDL-1.0): the description of last resort for a
// product whose data set gives none (docs/design.md §1).
class HsNomenclature {
public:
    static const HsNomenclature &instance();

    // The subheading's text for a six-digit code; for a code HS 2022 no longer has, its heading's
    // text with the heading named; empty when neither is known.
    QString description(const QString &hs6) const;

private:
    HsNomenclature();
    QHash<QString, QString> mTexts; // 4- and 6-digit codes
};

} // namespace herkomst
