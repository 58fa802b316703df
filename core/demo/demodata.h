#pragma once

#include "domain/tradedata.h"

#include <QString>
#include <map>
#include <memory>

namespace herkomst {

class Store;

// The embedded synthetic demo data: shaped like the CBS 2020 tables (3,449 HS6 products over a
// dozen industries, about 200 partner countries), calibrated so that the CBS 2021 preset yields the
// published funnel. The counts come from the analysis run on generated flows, never from a table.
// Everything it produces is marked synthetic.
namespace demo {

constexpr int kReferenceYear = 2020;
constexpr int kFirstYear = 2018; // earlier years let multi-year criteria (GeoDep) work too

QString dataSetName(); // "Synthetische demodata (CBS-vorm)"
QString reporter();    // "NLD"

// Generated once per process and shared; deterministic for a given seed.
const std::map<int, std::shared_ptr<const TradeData>> &tradeData();
std::map<int, std::shared_ptr<const TradeData>> generate(std::uint64_t seed);

// Writes the demo data set into a store (one transaction). False with *error when it fails.
bool writeToStore(Store &store, QString *error);

} // namespace demo
} // namespace herkomst
