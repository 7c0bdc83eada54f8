data <- read.csv("survey_582913_R_data_file.csv", quote = "'\"", na.strings=c("", "\"\""), stringsAsFactors=FALSE)


# LimeSurvey Field type: F
data[, 1] <- as.numeric(data[, 1])
attributes(data)$variable.labels[1] <- "id"
names(data)[1] <- "id"
# LimeSurvey Field type: DATETIME23.2
data[, 2] <- as.character(data[, 2])
attributes(data)$variable.labels[2] <- "submitdate"
names(data)[2] <- "submitdate"
# LimeSurvey Field type: F
data[, 3] <- as.numeric(data[, 3])
attributes(data)$variable.labels[3] <- "lastpage"
names(data)[3] <- "lastpage"
# LimeSurvey Field type: A
data[, 4] <- as.character(data[, 4])
attributes(data)$variable.labels[4] <- "startlanguage"
names(data)[4] <- "startlanguage"
# LimeSurvey Field type: A
data[, 5] <- as.character(data[, 5])
attributes(data)$variable.labels[5] <- "seed"
names(data)[5] <- "seed"
# LimeSurvey Field type: A
data[, 6] <- as.character(data[, 6])
attributes(data)$variable.labels[6] <- "Wie sehr stimmen Sie zu? [Die Übungen waren nützlich]"
data[, 6] <- factor(data[, 6], levels=c("AO01","AO02","AO03","AO04","AO05","AO99"),labels=c("Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Teils/teils", "Stimme eher zu", "Stimme voll und ganz zu", "Weiß nicht"))
names(data)[6] <- "G1Q00001[SQ001]"
# LimeSurvey Field type: A
data[, 7] <- as.character(data[, 7])
attributes(data)$variable.labels[7] <- "Wie sehr stimmen Sie zu? [Das Tempo war richtig]"
data[, 7] <- factor(data[, 7], levels=c("AO01","AO02","AO03","AO04","AO05","AO99"),labels=c("Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Teils/teils", "Stimme eher zu", "Stimme voll und ganz zu", "Weiß nicht"))
names(data)[7] <- "G1Q00001[SQ002]"
# LimeSurvey Field type: A
data[, 8] <- as.character(data[, 8])
attributes(data)$variable.labels[8] <- "Wie sehr stimmen Sie zu? [Ich konnte Fragen stellen]"
data[, 8] <- factor(data[, 8], levels=c("AO01","AO02","AO03","AO04","AO05","AO99"),labels=c("Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Teils/teils", "Stimme eher zu", "Stimme voll und ganz zu", "Weiß nicht"))
names(data)[8] <- "G1Q00001[SQ003]"
# LimeSurvey Field type: A
data[, 9] <- as.character(data[, 9])
attributes(data)$variable.labels[9] <- "Wie zufrieden sind Sie insgesamt?"
data[, 9] <- factor(data[, 9], levels=c("A1","A2","A3","A4","A5"),labels=c("Sehr zufrieden", "Zufrieden", "Weder zufrieden noch unzufrieden", "Unzufrieden", "Sehr unzufrieden"))
names(data)[9] <- "G1Q00002"
# LimeSurvey Field type: A
data[, 10] <- as.character(data[, 10])
attributes(data)$variable.labels[10] <- "Geschlecht"
data[, 10] <- factor(data[, 10], levels=c("A1","A2","A3"),labels=c("weiblich", "männlich", "divers"))
names(data)[10] <- "G1Q00003"
# LimeSurvey Field type: A
data[, 11] <- as.character(data[, 11])
attributes(data)$variable.labels[11] <- "Anmerkungen"
names(data)[11] <- "G1Q00004"
