#pragma once

#include <QStringList>

namespace herkomst {

class FlowFormat;
class ImportJob;

// The import of "one flow per row" downloads (Eurostat Comext, UN Comtrade), shared by their
// importers. Per file: header found by the format's column synonyms; per row: the chosen
// reporters only (NLD by default, "ALL" for every one), period to year, value checked, partner,
// product and flow read by the format. Then:
//  - rows are summed per reporter, year, flow, HS6 and partner: months into their year, CN8 into
//    its HS6. Where a year also has an annual row (Comext period YYYY52) the months are skipped;
//    where an HS6 also has its own row (Comext DS-045409 holds HS6 and CN8) its CN8 rows are.
//  - partners that name no country (confidential, "nes") are stored as blocks under their own
//    code with their value (the job's summary lists them); World rows are not stored as a partner:
//    they check the partner sum (a note when it is more than 1 % off) and give the export total.
//  - exports are the sum over partners unless a World row gives the total.
// Every skipped row is counted by reason (one issue and one note per reason); an unknown country
// fails the import unless the request skips unmatched rows (ImportJob's policy); the same file twice
// is refused by checksum; a cancel leaves the store as it was (the ImportJob's transaction).
bool readFlowFiles(FlowFormat &format, ImportJob &job);

// 0..100: 85 when the first line of a file names every required column of the format.
int detectFlowFormat(FlowFormat &format, const QStringList &files);

} // namespace herkomst
