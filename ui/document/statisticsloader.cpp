#include "document/statisticsloader.h"

namespace herkomst::ui {

StatisticsLoader::StatisticsLoader()
{
    mWorker.setObjectName(QStringLiteral("statisticsLoader"));
    mWorker.onProgress = [this](int percent) {
        if (onProgress)
            onProgress(percent);
    };
    mWorker.onFinished = [this](const std::shared_ptr<const void> &result, const QString &error) {
        if (onFinished)
            onFinished(Outcome{std::static_pointer_cast<const StatisticsSet>(result), error});
    };
}

void StatisticsLoader::start(const QString &storePath, const DataSelection &selection, int yearWindow)
{
    mWorker.start(storePath,
                  [selection, yearWindow](const Store *store, const LoadControl &control,
                                          QString *error) -> std::shared_ptr<const void> {
                      std::optional<StatisticsSet> statistics =
                          loadStatistics(store, selection, yearWindow, error, control);
                      if (!statistics)
                          return nullptr;
                      return std::make_shared<const StatisticsSet>(std::move(*statistics));
                  });
}

} // namespace herkomst::ui
