#pragma once

#include <QCoreApplication>
#include <QString>

namespace herkomst {
struct DataSetInfo;
}

namespace herkomst::ui {

// The counts of a stored data set, as the import's summary and Gegevenssets beheren both show
// them: rows read, used and rejected per file, and the rows the data set holds per reporting
// country and year (after summing: BACI's 72,097 file rows become 7,240 stored rows). Both pages
// take them from the store's DataSetInfo through this one class, so they cannot disagree.
class DataSetCounts {
    Q_DECLARE_TR_FUNCTIONS(DataSetCounts)

public:
    static qint64 rowsRead(const herkomst::DataSetInfo &info);
    static qint64 rowsUsed(const herkomst::DataSetInfo &info);
    static qint64 rowsRejected(const herkomst::DataSetInfo &info);
    static qint64 rowsStored(const herkomst::DataSetInfo &info); // all slices together

    // "Opgeslagen in de gegevensset: 7.240 rijen (na samenvoegen)".
    static QString storedLine(const herkomst::DataSetInfo &info);
    // HTML tables: one row per file; one row per reporting country and year.
    static QString filesTable(const herkomst::DataSetInfo &info);
    static QString slicesTable(const herkomst::DataSetInfo &info);
};

} // namespace herkomst::ui
