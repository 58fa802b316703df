#pragma once

#include "domain/criterion.h"
#include "domain/persistence.h"

#include <QString>
#include <vector>

namespace herkomst {

// A named, ordered list of criteria. Presets are data: the funnel follows whatever list is given.
struct Preset {
    QString key;    // "cbs2021", "ec2021", "geodep"
    QString name;   // Dutch source text of the screen name (translated by displayName)
    QString source; // where the rule comes from, for captions and reports
    std::vector<Criterion> criteria;
    Persistence persistence = {}; // one of one unless the method asks for more

    QString displayName() const;
};

const std::vector<Preset> &builtInPresets();
const Preset *findPreset(const QString &key);
const Preset &defaultPreset(); // CBS 2021

} // namespace herkomst
