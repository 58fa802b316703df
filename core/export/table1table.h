#pragma once

#include "domain/partnercomparison.h"
#include "export/exporttable.h"

#include <QCoreApplication>

namespace herkomst {

// Table 1 as the letter prints it, for XLSX, CSV, DOCX and the annex: rank, then partner and
// value for services and for goods side by side, a mark for partners outside the EU and for
// partners in one list only, and the source line as a note.
class Table1Table {
    Q_DECLARE_TR_FUNCTIONS(Table1Table)
public:
    static ExportTable build(const PartnerComparison &comparison);
    static QString title(const PartnerComparison &comparison);
    // "* buiten de EU; † alleen in deze lijst" and the like.
    static QString legend();
    // The partner as the table prints it: its name and its marks.
    static QString markedName(const PartnerComparison &comparison, const RankedPartner &partner, bool services);
};

} // namespace herkomst
