#ifndef COLLECT_CFILESYNC_H
#define COLLECT_CFILESYNC_H

/// syncfs(2): waits until every file and folder entry of the filesystem holding `fd` is on disk.
/// Glibc declares it only under _GNU_SOURCE, which Swift's Glibc module does not set.
int collect_syncfs(int fd);

#endif
