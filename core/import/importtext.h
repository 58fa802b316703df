#pragma once

#include <QCoreApplication>

namespace herkomst {

// The translation context of every message core/import words ("Import"): call ImportText::tr().
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace herkomst
