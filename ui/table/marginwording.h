#pragma once

#include "analysis/margins.h"

#include <QCoreApplication>
#include <QStringList>

namespace herkomst::ui {

// How the window words a product's margins (core/analysis/margins.h): the "Marge" column, its
// tooltip and the detail panel.
class MarginWording {
    Q_DECLARE_TR_FUNCTIONS(MarginWording)

public:
    // "valt af vanaf 53,0 %" (with ">": at 53,0 % it is out), "valt bij geen drempel af".
    static QString dropText(const Criterion &criterion, const CriterionMargin &margin);
    // One line per criterion in the product's margins: the rule, the product's value and what
    // moving its threshold does; "randgeval" when it flips within the band.
    static QStringList lines(const ProductMargin &margin, const std::vector<Criterion> &criteria, double band);
};

} // namespace herkomst::ui
