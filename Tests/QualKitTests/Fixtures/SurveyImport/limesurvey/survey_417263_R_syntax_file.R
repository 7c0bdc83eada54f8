data <- read.csv("survey_417263_R_data_file.csv", quote = "'\"", na.strings=c("", "\"\""), stringsAsFactors=FALSE)


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
# LimeSurvey Field type: F
data[, 5] <- as.numeric(data[, 5])
attributes(data)$variable.labels[5] <- "[Ik ben van plan om de komende maand te gaan wandelen.Absoluut niet | Absoluut wel] Deze vragen gaan over bewegen."
data[, 5] <- factor(data[, 5], levels=c(1,2,3,4,5),labels=c("", "", "", "", ""))
names(data)[5] <- "walking_intention"
# LimeSurvey Field type: F
data[, 6] <- as.numeric(data[, 6])
attributes(data)$variable.labels[6] <- "[Voor mijzelf is de komende maand wandelen ...Slecht | Goed] Deze vragen gaan over bewegen."
data[, 6] <- factor(data[, 6], levels=c(1,2,3,4,5),labels=c("", "", "", "", ""))
names(data)[6] <- "walking_attitude"
# LimeSurvey Field type: F
data[, 7] <- as.numeric(data[, 7])
attributes(data)$variable.labels[7] <- "Hoe oud bent u?"
names(data)[7] <- "age"
# LimeSurvey Field type: A
data[, 8] <- as.character(data[, 8])
attributes(data)$variable.labels[8] <- "Wat is uw geslacht?"
data[, 8] <- factor(data[, 8], levels=c("female","male"),labels=c("Vrouw", "Man"))
names(data)[8] <- "sex"
