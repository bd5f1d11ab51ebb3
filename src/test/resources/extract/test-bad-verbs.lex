# a lexicon with a class that does not exist
befriend: 结交
