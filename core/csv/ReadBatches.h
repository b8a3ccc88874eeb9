// The reader thread of an import, shared by the customer and contact imports: the file's records
// made into rows by the import's row maker, and handed over in batches, with back pressure, to the
// thread that matches and writes them. Memory stays bounded however large the file.
#pragma once

#include "csv/CsvReader.h"
#include "csv/CustomerImporter.h"
#include "csv/TextDecoder.h"
#include "util/Result.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace relatio::csv {

inline constexpr std::size_t kMaxQueuedBatches = 16;
inline constexpr std::size_t kBatchRows = 256;

// The text of bytes [from, to) of a file, for a record the reader could not read (at most 1 MiB,
// without its line end).
QString rawText(const QString &path, Encoding encoding, qint64 from, qint64 to);

// Batches of rows from the reader thread to the writer.
template<typename Row>
class RowBatches
{
public:
    void push(std::vector<Row> batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_stopped; });
        if (m_stopped)
            return;
        m_queue.push_back(std::move(batch));
        m_ready.notify_one();
    }
    void finish(std::optional<Error> fatal)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_fatal = std::move(fatal);
        m_ready.notify_one();
    }
    // False when the reader has finished and everything was taken.
    bool pop(std::vector<Row> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty())
            return false;
        batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_space.notify_one();
        return true;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_all();
    }
    bool stopped() const
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    std::optional<Error> fatal() const
    {
        std::lock_guard lock(m_mutex);
        return m_fatal;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::vector<Row>> m_queue;
    bool m_finished = false;
    bool m_stopped = false;
    std::optional<Error> m_fatal;
};

// The reader thread's loop: the records after the header become rows (maker.make(row) fills a
// row whose line and fields are set), queued in batches until the file ends or the queue is
// stopped; then the queue is finished. A record the reader cannot split is a row with its text
// (raw) and its problem, so the rejects file keeps it.
template<typename Row, typename Maker>
void readBatches(CsvReader &reader, const Maker &maker, RowBatches<Row> &queue, const QString &path,
                 Encoding encoding, qint64 fileSize, std::atomic<qint64> &bytesRead)
{
    std::vector<Row> batch;
    batch.reserve(kBatchRows);
    qint64 badOffset = -1; // start of a record that could not be read, until the next one starts
    qint64 badLine = 0;
    int badColumn = 0;
    QString badMessage;
    auto flushBad = [&](qint64 endOffset) {
        if (badOffset < 0)
            return;
        Row row;
        row.line = badLine;
        row.raw = rawText(path, encoding, badOffset, endOffset);
        row.problem = RowProblem{badLine, badColumn, 0, badMessage};
        batch.push_back(std::move(row));
        badOffset = -1;
    };
    std::optional<Error> fatal;
    while (!queue.stopped()) {
        auto next = reader.next();
        if (!next) {
            flushBad(fileSize);
            break;
        }
        if (!*next) {
            if (reader.atEnd()) {
                fatal = next->error();
                break;
            }
            flushBad(reader.lastProblemByteOffset());
            badOffset = reader.lastProblemByteOffset();
            badLine = next->error().line;
            badColumn = next->error().column;
            badMessage = next->error().message;
            continue;
        }
        Record &record = **next;
        flushBad(record.byteOffset);
        Row row;
        row.line = record.line;
        row.fields = std::move(record.fields);
        maker.make(row);
        batch.push_back(std::move(row));
        if (batch.size() >= kBatchRows) {
            bytesRead.store(reader.bytesRead(), std::memory_order_relaxed);
            queue.push(std::move(batch));
            batch = {};
            batch.reserve(kBatchRows);
        }
    }
    if (!batch.empty())
        queue.push(std::move(batch));
    bytesRead.store(reader.bytesRead(), std::memory_order_relaxed);
    queue.finish(std::move(fatal));
}

// The reader thread, once started: stopped and joined however the import ends.
template<typename Row>
class ReaderThread
{
public:
    explicit ReaderThread(RowBatches<Row> &queue)
        : m_queue(queue)
    {
    }
    ~ReaderThread()
    {
        if (!m_thread.joinable())
            return;
        m_queue.stop();
        m_thread.join();
    }
    ReaderThread(const ReaderThread &) = delete;
    ReaderThread &operator=(const ReaderThread &) = delete;

    template<typename Body>
    void start(Body body)
    {
        m_thread = std::thread(std::move(body));
    }

private:
    RowBatches<Row> &m_queue;
    std::thread m_thread;
};

} // namespace relatio::csv
