using System.Diagnostics;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using Microsoft.Data.Sqlite;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// The upload's raw SQLite floor: the rows a push of these vouchers writes, in the product's tables and encodings, by
/// commands prepared once and re-bound per row. Cloud side, into a copy of the cloud database taken just before the
/// upload, ONE transaction: per voucher a cloud_documents row, a cloud_change_log row, a cloud_acks row and the ten
/// cloud_journal_lines of the cash rule; per push batch the book's serverSeq counter and the device's lastSeq (the
/// product updates both per request). Client side, into a copy of A's store taken right after seeding, ONE
/// transaction: per voucher a syncstate_acks row and the sync_outbox row's state. The values the product already holds
/// when it writes (payload and hash from the outbox, the ack) are built per batch with both clocks stopped, so only
/// SQLite's work is timed; <see cref="FloorCheck"/> then compares the floor's rows with the product's, column by column.
/// </summary>
public static class UploadFloorWriter
{
    public static async Task<UploadFloor> WriteAsync(
        string cloudFile, string clientFile, Guid companyId, Guid deviceId, int batchSize, IEnumerable<SeededVoucher> vouchers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vouchers);
        await using var cloudConnection = await RawSqlite.OpenAsync(cloudFile, pooling: false, cancellationToken);
        await using var clientConnection = await RawSqlite.OpenAsync(clientFile, pooling: false, cancellationToken);
        var (bookId, epoch, seq) = await DeviceAsync(cloudConnection, deviceId, cancellationToken);
        var serverSeq = await ScalarAsync(cloudConnection, $"SELECT LastServerSeq FROM cloud_books WHERE Id = '{Text(bookId)}'", cancellationToken);
        var (cloudClock, clientClock) = (Stopwatch.StartNew(), new Stopwatch());
        await using var cloudTransaction = cloudConnection.BeginTransaction();
        using var cloud = new CloudRows(cloudConnection, cloudTransaction, Text(bookId), Text(deviceId), epoch);
        cloudClock.Stop();
        clientClock.Start();
        await using var clientTransaction = clientConnection.BeginTransaction();
        using var client = new ClientRows(clientConnection, clientTransaction, Text(deviceId));
        clientClock.Stop();
        using var batches = vouchers.Chunk(batchSize).GetEnumerator();
        while (batches.MoveNext())
        {
            var now = Text(DateTimeOffset.UtcNow);
            var batch = new UploadedVoucher[batches.Current.Length];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = UploadedVoucher.From(batches.Current[i], companyId, ++seq, ++serverSeq);
            }

            cloudClock.Start();
            cloud.Write(batch, now);
            cloudClock.Stop();
            clientClock.Start();
            client.Write(batch, now);
            clientClock.Stop();
        }

        cloudClock.Start();
        await cloudTransaction.CommitAsync(cancellationToken);
        cloudClock.Stop();
        clientClock.Start();
        await clientTransaction.CommitAsync(cancellationToken);
        clientClock.Stop();
        return new UploadFloor(cloudClock.Elapsed, clientClock.Elapsed);
    }

    private static async Task<(Guid Book, long Epoch, long LastSeq)> DeviceAsync(SqliteConnection connection, Guid deviceId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT BookId, Epoch, LastSeq FROM cloud_devices WHERE Id = $id";
        command.Parameters.AddWithValue("$id", Text(deviceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (Guid.Parse(reader.GetString(0)), reader.GetInt64(1), reader.GetInt64(2))
            : throw new BenchmarkMismatchException($"The cloud copy has no device {deviceId}.");
    }

    /// <summary>What PushProcessor writes per accepted mutation and per request.</summary>
    private sealed class CloudRows : IDisposable
    {
        private readonly SqliteCommand document;
        private readonly SqliteCommand change;
        private readonly SqliteCommand ack;
        private readonly SqliteCommand journal;
        private readonly SqliteCommand book;
        private readonly SqliteCommand device;
        private readonly string bookId;
        private readonly string deviceId;
        private readonly long epoch;

        public CloudRows(SqliteConnection connection, SqliteTransaction transaction, string bookId, string deviceId, long epoch)
        {
            (this.bookId, this.deviceId, this.epoch) = (bookId, deviceId, epoch);
            document = CashRowSql.Prepare(connection, transaction,
                "INSERT INTO cloud_documents (BookId, DocumentId, Module, DocumentType, SchemaVersion, Version, Operation, Posted, Removed, Number, Payload, LastServerSeq, UpdatedAt) " +
                "VALUES ($book, $document, 'cash', $type, 1, 1, 'post', 1, 0, $number, $payload, $serverSeq, $at)",
                ["$book", "$document", "$type", "$number", "$payload", "$serverSeq", "$at"]);
            change = CashRowSql.Prepare(connection, transaction,
                "INSERT INTO cloud_change_log (BookId, ServerSeq, DocumentId, Module, DocumentType, SchemaVersion, Version, Operation, OriginDeviceId, Payload, CommittedAt) " +
                "VALUES ($book, $serverSeq, $document, 'cash', $type, 1, 1, 'post', $device, $payload, $at)",
                ["$book", "$serverSeq", "$document", "$type", "$device", "$payload", "$at"]);
            ack = CashRowSql.Prepare(connection, transaction,
                "INSERT INTO cloud_acks (DeviceId, Epoch, Seq, PayloadHash, Status, AckJson) VALUES ($device, $epoch, $seq, $hash, 'Accepted', $json)",
                ["$device", "$epoch", "$seq", "$hash", "$json"]);
            journal = CashRowSql.Prepare(connection, transaction,
                "INSERT INTO cloud_journal_lines (BookId, DocumentId, Ledger, LineNo, PostingDate, AccountCode, CorrespondingAccountCode, Debit, Credit, PartnerId) " +
                "VALUES ($book, $document, 1, $lineNo, $date, $account, $corresponding, $debit, $credit, $partner)",
                ["$book", "$document", "$lineNo", "$date", "$account", "$corresponding", "$debit", "$credit", "$partner"]);
            book = CashRowSql.Prepare(connection, transaction, "UPDATE cloud_books SET LastServerSeq = $serverSeq WHERE Id = $book", ["$serverSeq", "$book"]);
            device = CashRowSql.Prepare(connection, transaction, "UPDATE cloud_devices SET LastSeq = $seq, LastSeenAt = $at WHERE Id = $device", ["$seq", "$at", "$device"]);
        }

        public void Write(UploadedVoucher[] batch, string now)
        {
            foreach (var v in batch)
            {
                var number = v.Voucher.Number;
                CashRowSql.Bind(document, bookId, v.Id, v.DocumentType, number, v.Payload, v.ServerSeq, now);
                document.ExecuteNonQuery();
                CashRowSql.Bind(change, bookId, v.ServerSeq, v.Id, v.DocumentType, deviceId, v.Payload, now);
                change.ExecuteNonQuery();
                CashRowSql.Bind(ack, deviceId, epoch, v.Seq, v.PayloadHash, v.AckJson);
                ack.ExecuteNonQuery();
                // The cloud's cash rule: the desktop's pairs (cash account against each counter-account), numbered per ledger.
                foreach (var entry in CashJournal.Derive(v.Voucher.Plan))
                {
                    CashRowSql.Bind(journal, bookId, v.Id, entry.LineNo, v.Date, entry.Account, entry.CorrespondingAccount, Money(entry.Debit), Money(entry.Credit), Text(entry.PartnerId));
                    journal.ExecuteNonQuery();
                }
            }

            CashRowSql.Bind(book, batch[^1].ServerSeq, bookId);
            book.ExecuteNonQuery();
            CashRowSql.Bind(device, batch[^1].Seq, now, deviceId);
            device.ExecuteNonQuery();
        }

        public void Dispose()
        {
            foreach (var command in new[] { document, change, ack, journal, book, device })
            {
                command.Dispose();
            }
        }
    }

    /// <summary>What AckApplier writes per accepted ack: the ack record and the outbox row's state.</summary>
    private sealed class ClientRows : IDisposable
    {
        private readonly SqliteCommand ack;
        private readonly SqliteCommand outbox;
        private readonly string deviceId;

        public ClientRows(SqliteConnection connection, SqliteTransaction transaction, string deviceId)
        {
            this.deviceId = deviceId;
            ack = CashRowSql.Prepare(connection, transaction,
                "INSERT INTO syncstate_acks (DeviceId, Seq, DocumentId, Status, ServerSeq, Version, FinalNumber, Code, AckedAt) " +
                "VALUES ($device, $seq, $document, 'Accepted', $serverSeq, 1, $number, NULL, $at)",
                ["$device", "$seq", "$document", "$serverSeq", "$number", "$at"]);
            outbox = CashRowSql.Prepare(connection, transaction, "UPDATE sync_outbox SET State = 'Acked' WHERE DeviceId = $device AND Seq = $seq", ["$device", "$seq"]);
        }

        public void Write(UploadedVoucher[] batch, string now)
        {
            foreach (var v in batch)
            {
                CashRowSql.Bind(ack, deviceId, v.Seq, v.Id, v.ServerSeq, v.Voucher.Number, now);
                ack.ExecuteNonQuery();
                CashRowSql.Bind(outbox, deviceId, v.Seq);
                outbox.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            ack.Dispose();
            outbox.Dispose();
        }
    }
}
