package vn.campaignkit.source.table;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;

/** Reads the tables of one kind of file; every kind yields the same {@link Table} rows. */
public sealed interface TableReader permits CsvTableReader, XlsxTableReader {
    /**
     * The file's tables in order: a CSV has one, a workbook one per visible sheet (hidden sheets are not read).
     * What stops the file from being read at all is reported, and then there is no table.
     */
    List<Table> read(SourceFile file, Problems problems);

    /** The reader for a file's extension: {@code .csv} or {@code .xlsx}. */
    static Optional<TableReader> forFile(SourceFile file) {
        return switch (file.extension()) {
            case "csv" -> Optional.of(new CsvTableReader());
            case "xlsx" -> Optional.of(new XlsxTableReader());
            default -> Optional.empty();
        };
    }
}
