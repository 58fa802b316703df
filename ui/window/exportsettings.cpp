#include "window/exportsettings.h"

#include "ui_exportsettings.h"

#include <QEvent>
#include <QPushButton>
#include <QSettings>

namespace herkomst::ui {

ChartExportOptions ExportSettings::chartOptions() const
{
    ChartExportOptions options;
    options.widthCm = widthCm;
    options.dpi = dpi;
    options.svgTextAsPaths = svgTextAsPaths;
    return options;
}

ExportSettings ExportSettings::load()
{
    QSettings settings;
    ExportSettings result;
    result.widthCm = settings.value(QStringLiteral("export/widthCm"), result.widthCm).toDouble();
    result.dpi = settings.value(QStringLiteral("export/dpi"), result.dpi).toInt();
    result.sourceLine = settings.value(QStringLiteral("export/sourceLine")).toString();
    result.svgTextAsPaths = settings.value(QStringLiteral("export/svgTextAsPaths"), false).toBool();
    ValueUnit unit = result.unit;
    if (valueUnitFromKey(settings.value(QStringLiteral("export/unit")).toString(), &unit))
        result.unit = unit;
    // A damaged settings file must not produce an unusable export size.
    if (!(result.widthCm >= 2.0 && result.widthCm <= 100.0))
        result.widthCm = ExportSettings().widthCm;
    if (result.dpi < 72 || result.dpi > 1200)
        result.dpi = ExportSettings().dpi;
    return result;
}

void ExportSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/widthCm"), widthCm);
    settings.setValue(QStringLiteral("export/dpi"), dpi);
    settings.setValue(QStringLiteral("export/unit"), valueUnitKey(unit));
    settings.setValue(QStringLiteral("export/svgTextAsPaths"), svgTextAsPaths);
    settings.setValue(QStringLiteral("export/sourceLine"), sourceLine.trimmed());
}

ExportSettingsDialog::ExportSettingsDialog(const ExportSettings &settings, const QString &defaultSourceLine,
                                           QWidget *parent)
    : QDialog(parent), mUi(std::make_unique<Ui::ExportSettingsDialog>())
{
    mUi->setupUi(this);
    mUi->sourceLine->setPlaceholderText(defaultSourceLine);
    fill(settings);
    connect(mUi->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(ExportSettings()); });
}

ExportSettingsDialog::~ExportSettingsDialog() = default;

void ExportSettingsDialog::fill(const ExportSettings &settings)
{
    mUi->width->setValue(settings.widthCm);
    mUi->dpi->setValue(settings.dpi);
    mUi->unit->setCurrentIndex(settings.unit == ValueUnit::Millions ? 0 : 1);
    mUi->svgText->setCurrentIndex(settings.svgTextAsPaths ? 1 : 0);
    mUi->sourceLine->setText(settings.sourceLine);
}

ExportSettings ExportSettingsDialog::settings() const
{
    ExportSettings result;
    result.widthCm = mUi->width->value();
    result.dpi = mUi->dpi->value();
    result.unit = mUi->unit->currentIndex() == 1 ? ValueUnit::Thousands : ValueUnit::Millions;
    result.svgTextAsPaths = mUi->svgText->currentIndex() == 1;
    result.sourceLine = mUi->sourceLine->text().trimmed();
    return result;
}

void ExportSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        mUi->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace herkomst::ui
