#include "reception_queue_model.h"

#include "outcome.h"

#include <algorithm>

namespace intake::app {

ReceptionQueueModel::ReceptionQueueModel(WelcomeQueue& queue, const Clock& clock, QString service, QObject* parent)
    : QAbstractListModel(parent), queue_(queue), clock_(clock), service_(std::move(service)) {}

int ReceptionQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QHash<int, QByteArray> ReceptionQueueModel::roleNames() const {
    return {{VisitIdRole, "visitId"},   {TicketRole, "ticket"},         {StatusRole, "status"},
            {WaitedMinutesRole, "waitedMinutes"}, {LanguageRole, "language"}, {InterpreterRole, "interpreter"},
            {FirstVisitRole, "firstVisit"}, {ChannelRole, "channel"}, {DeskRole, "desk"}};
}

namespace {

int minutesSince(const std::string& rfc3339, const Clock& clock) {
    const auto at = validation::parseDateTime(rfc3339);
    if (!at)
        return 0;
    const auto waited = std::chrono::duration_cast<std::chrono::minutes>(clock.now() - *at).count();
    return waited > 0 ? static_cast<int>(waited) : 0;
}

}  // namespace

QVariant ReceptionQueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows_[static_cast<std::size_t>(index.row())];
    const auto& visit = row.visit;
    switch (role) {
    case VisitIdRole: return toQt(row.id);
    case TicketRole:
    case Qt::DisplayRole: return toQt(visit.ticket);
    case StatusRole: return toQt(visit.status);
    case WaitedMinutesRole: return minutesSince(visit.arrived_at, clock_);
    case LanguageRole: return toQt(visit.language);
    case InterpreterRole: return toQt(visit.interpreter_language.value_or(""));
    case FirstVisitRole: return visit.first_visit ? (*visit.first_visit ? 1 : 0) : -1;
    case ChannelRole: return toQt(visit.channel);
    case DeskRole: return toQt(visit.desk.value_or(""));
    default: return {};
    }
}

int ReceptionQueueModel::waitingCount() const {
    return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [](const Row& row) { return row.visit.status == "waiting"; }));
}

int ReceptionQueueModel::calledCount() const { return rowCount() - waitingCount(); }

int ReceptionQueueModel::longestWaitMinutes() const {
    int longest = 0;
    for (const auto& row : rows_) {
        if (row.visit.status == "waiting")
            longest = std::max(longest, minutesSince(row.visit.arrived_at, clock_));
    }
    return longest;
}

bool ReceptionQueueModel::refresh() {
    const auto service = toStd(service_);
    auto called = queue_.called(service);
    auto waiting = queue_.waiting(service);
    if (!called || !waiting)
        return false;
    std::vector<Row> next;
    for (auto* list : {&*called, &*waiting}) {
        for (auto& visit : *list)
            next.push_back({visit.id, visit.rev, std::move(visit.visit)});
    }

    // Remove rows that are gone, then insert or update in order, so views
    // keep their place instead of jumping back to the top on every change.
    for (int i = static_cast<int>(rows_.size()) - 1; i >= 0; --i) {
        const auto& id = rows_[static_cast<std::size_t>(i)].id;
        if (std::none_of(next.begin(), next.end(), [&](const Row& row) { return row.id == id; })) {
            beginRemoveRows({}, i, i);
            rows_.erase(rows_.begin() + i);
            endRemoveRows();
        }
    }
    for (std::size_t target = 0; target < next.size(); ++target) {
        auto found = std::find_if(rows_.begin() + static_cast<std::ptrdiff_t>(std::min(target, rows_.size())), rows_.end(),
                                  [&](const Row& row) { return row.id == next[target].id; });
        const int to = static_cast<int>(target);
        if (found == rows_.end()) {
            beginInsertRows({}, to, to);
            rows_.insert(rows_.begin() + to, next[target]);
            endInsertRows();
            continue;
        }
        const int from = static_cast<int>(found - rows_.begin());
        if (from != to) {
            beginMoveRows({}, from, from, {}, to);
            Row moved = std::move(*found);
            rows_.erase(found);
            rows_.insert(rows_.begin() + to, std::move(moved));
            endMoveRows();
        }
        auto& row = rows_[target];
        if (row.rev != next[target].rev) {
            row.rev = next[target].rev;
            row.visit = std::move(next[target].visit);
            emit dataChanged(index(to), index(to));
        }
    }
    emit countsChanged();
    return true;
}

void ReceptionQueueModel::updateWaits() {
    const auto minute = std::chrono::duration_cast<std::chrono::minutes>(clock_.now().time_since_epoch()).count();
    if (minute == shownMinute_ || rows_.empty())
        return;
    shownMinute_ = minute;
    emit dataChanged(index(0), index(rowCount() - 1), {WaitedMinutesRole});
    emit countsChanged();
}

bool ReceptionQueueModel::before(const Row& a, const Row& b) {
    const bool aCalled = a.visit.status == "called";
    const bool bCalled = b.visit.status == "called";
    if (aCalled != bCalled)
        return aCalled;
    return a.id < b.id;
}

void ReceptionQueueModel::apply(const std::string& id, const std::string& rev, const std::optional<records::Visit>& visit) {
    auto found = std::find_if(rows_.begin(), rows_.end(), [&](const Row& row) { return row.id == id; });
    const bool belongs = visit && visit->service == toStd(service_) &&
                         (visit->status == "waiting" || visit->status == "called");
    if (found != rows_.end() && found->rev == rev)
        return;
    if (found != rows_.end()) {
        const int at = static_cast<int>(found - rows_.begin());
        if (belongs) {
            Row changed{id, rev, *visit};
            // Stays in place when its order does not change (a recall, a desk).
            const bool fits = (at == 0 || !before(changed, rows_[static_cast<std::size_t>(at - 1)])) &&
                              (at + 1 == rowCount() || !before(rows_[static_cast<std::size_t>(at + 1)], changed));
            if (fits) {
                *found = std::move(changed);
                emit dataChanged(index(at), index(at));
                emit countsChanged();
                return;
            }
        }
        beginRemoveRows({}, at, at);
        rows_.erase(found);
        endRemoveRows();
    }
    if (belongs) {
        Row row{id, rev, *visit};
        const auto position = std::lower_bound(rows_.begin(), rows_.end(), row, before);
        const int at = static_cast<int>(position - rows_.begin());
        beginInsertRows({}, at, at);
        rows_.insert(position, std::move(row));
        endInsertRows();
    }
    emit countsChanged();
}

}  // namespace intake::app
