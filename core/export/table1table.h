#pragma once

#include "analysis/productstatistics.h"
#include "domain/partnercomparison.h"
#include "export/exporttable.h"
#include "export/reportdocument.h"

#include <QCoreApplication>

namespace herkomst {

// Table 1 made from goods data: its imports by partner (importsByPartner), its label, year and
// source line (sourceLine, else the data's default), no services.
PartnerComparison goodsComparison(const StatisticsTable &goods, const QString &sourceLine);

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
    // The annex's section "Diensten en goederen": what the table shows, the figure (when given)
    // and the table with its source line.
    static void addAnnexSection(ReportDocument &doc, const PartnerComparison &comparison, const ReportFigure *figure);
};

} // namespace herkomst
