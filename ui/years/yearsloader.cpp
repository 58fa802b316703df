#include "years/yearsloader.h"

namespace herkomst::ui {

YearsLoader::YearsLoader()
{
    mWorker.setObjectName(QStringLiteral("yearsLoader"));
    mWorker.onProgress = [this](int percent) {
        if (onProgress)
            onProgress(percent);
    };
    mWorker.onFinished = [this](const std::shared_ptr<const void> &result, const QString &error) {
        if (onFinished)
            onFinished(std::static_pointer_cast<const std::vector<YearFunnel>>(result), error);
    };
}

void YearsLoader::start(const QString &storePath, const DataSelection &selection, const AnalysisSettings &settings)
{
    mWorker.start(storePath,
                  [selection, settings](const Store *store, const LoadControl &control,
                                        QString *error) -> std::shared_ptr<const void> {
                      std::optional<std::vector<YearFunnel>> years =
                          funnelPerYear(store, selection, settings, error, control);
                      if (!years)
                          return nullptr;
                      return std::make_shared<const std::vector<YearFunnel>>(std::move(*years));
                  });
}

} // namespace herkomst::ui
