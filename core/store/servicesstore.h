#pragma once

#include "domain/partnercomparison.h"
#include "domain/tradetypes.h"

#include <QString>
#include <optional>
#include <vector>

namespace herkomst {

class Store;

// One value of a services table: a reporter's services imports from one partner in one year, in
// millions of the data set's currency, the partner as the source names it.
struct ServicesValue {
    QString reporter; // ISO3
    int year = 0;
    QString partner;
    TradeValue value;
};

// What a services import stores as one new data set (docs/design.md, "Table 1").
struct ServicesDataSet {
    QString name;
    QString source = QStringLiteral("CBS diensten");
    QString currency = QStringLiteral("EUR");
    QString unitNote = QStringLiteral("mln euro");
    QString fileName;
    QString sha256;
    qint64 fileSize = 0;
    qint64 rowsRead = 0;
    std::vector<ServicesValue> values;
};

// Writes the data set in one transaction: all of it or nothing. Its id, or nullopt with a Dutch
// *error (a name already taken, a file already stored, the store's own failure).
std::optional<qint64> writeServicesDataSet(Store &store, const ServicesDataSet &set, QString *error);

// Whether a data set holds services (and then no goods).
bool holdsServices(const Store &store, qint64 dataSetId);

// The services values of a data set for one reporter and year (year 0: the latest it has).
// Missing data set, reporter or year: nullopt with a Dutch *error.
std::optional<std::vector<ServicesValue>> loadServices(const Store &store, qint64 dataSetId, const QString &reporter,
                                                       int year, QString *error);

// The services column of Table 1: the known values ranked, partners recognised as printed
// (identifyPartner). A secret or unknown value is no zero: the partner is left out.
std::vector<RankedPartner> rankServices(const std::vector<ServicesValue> &values);

} // namespace herkomst
