#pragma once

#include <QString>
#include <QStringList>

namespace herkomst {

// An industry (bedrijfstak) as the screen shows it. Industries come from the data, in Dutch (the
// demo data's and the CBS tables'), and that Dutch name stays the key of the industry filter in
// states, saved files and the command line; the screen shows it in its language where the
// translation ("Industry" context) knows it, else as the data gives it.
QString industryName(const QString &industry);
// Several industries, each as the screen shows it, joined with ", ".
QString industryNames(const QStringList &industries);

} // namespace herkomst
