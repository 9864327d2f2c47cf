#pragma once

// The reception's statistics page: visits and visitors per service and month
// (core/statistics.h, the figures the city reports), and an export of the
// whole report as CSV and JSON. Aggregates only.

#include "intake/core/clock.h"
#include "intake/core/config.h"
#include "intake/core/vault.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace intake::app {

class StatisticsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the device session")
    // The reporting year that holds today (December to November, as the city reports).
    Q_PROPERTY(int currentYear READ currentYear CONSTANT)
    // Where Export writes (made when needed): <data folder>/exports in the app.
    Q_PROPERTY(QString exportFolder READ exportFolder CONSTANT)
public:
    StatisticsController(Vault& queueVault, const Config& config, const Clock& clock, QString exportFolder,
                         QObject* parent = nullptr);

    int currentYear() const;
    QString exportFolder() const { return exportFolder_; }
    // {ok, months: ["2025-12", ...], max, services: [{id, name, visits: [n per month],
    //  visitors: [n per month], totalVisits, totalVisitors}]} for December
    // endingYear-1 to November endingYear; names in `language`.
    Q_INVOKABLE QVariantMap monthly(int endingYear, const QString& language) const;
    // Writes intake-statistics-<year>.csv and .json into `folder` ("": exportFolder); {ok, csv, json} or {ok: false, error}.
    Q_INVOKABLE QVariantMap exportReport(int endingYear, const QString& folder) const;

private:
    Vault& vault_;
    const Config& config_;
    const Clock& clock_;
    QString exportFolder_;
};

}  // namespace intake::app
